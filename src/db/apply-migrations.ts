import type { Driver } from 'neo4j-driver';
import { splitStatements, type CypherLoader } from './cypher-loader';

/**
 * Applies `cypher/setup/*.cypher` in file-name order, one statement at a time. Every statement is
 * written to be idempotent (`IF NOT EXISTS`), so this runs at every start. Returns the file names.
 */
export async function applyMigrations(driver: Driver, cypher: CypherLoader, database: string): Promise<string[]> {
  const names = cypher.list('setup');
  for (const name of names) {
    for (const statement of splitStatements(cypher.load(name))) {
      try {
        await driver.executeQuery(statement, {}, { database });
      } catch (error) {
        throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  return names;
}
