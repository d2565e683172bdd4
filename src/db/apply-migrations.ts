import type { Driver } from 'neo4j-driver';
import { splitStatements, type CypherLoader } from './cypher-loader';

/**
 * Applies `cypher/setup/*.cypher` and the generated `cypher/generated/setup/*.cypher` together in
 * file-name order, one statement at a time. Every statement is written to be idempotent (`IF NOT
 * EXISTS`), so this runs at every start. Returns the file names.
 */
export async function applyMigrations(driver: Driver, cypher: CypherLoader, database: string): Promise<string[]> {
  const fileName = (name: string) => name.slice(name.lastIndexOf('/') + 1);
  const names = [...cypher.list('setup'), ...cypher.list('generated/setup')].sort((a, b) =>
    fileName(a).localeCompare(fileName(b)),
  );
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
