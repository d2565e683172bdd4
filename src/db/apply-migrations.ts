import type { Driver } from 'neo4j-driver';
import { createHash } from 'node:crypto';
import { splitStatements, type CypherLoader } from './cypher-loader';

/** What `CREATE ... IF NOT EXISTS` can still fail with when two processes run it at once. */
const MADE_BY_ANOTHER_PROCESS: ReadonlySet<string> = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/**
 * Applies `cypher/setup/*.cypher` and the generated `cypher/generated/setup/*.cypher` together in
 * file-name order, one statement at a time, and records a hash of them in the graph. Every
 * statement is written to be idempotent (`IF NOT EXISTS`), so this may run at every start; when
 * the recorded hash is the files' own, nothing is applied (80-odd statements took 1.7 s to apply
 * again). Returns the file names.
 */
export async function applyMigrations(driver: Driver, cypher: CypherLoader, database: string): Promise<string[]> {
  const fileName = (name: string) => name.slice(name.lastIndexOf('/') + 1);
  const names = [...cypher.list('setup'), ...cypher.list('generated/setup')].sort((a, b) =>
    fileName(a).localeCompare(fileName(b)),
  );
  const hash = createHash('sha256');
  for (const name of names) hash.update(`${name}\n${cypher.load(name)}\n`);
  const version = hash.digest('hex').slice(0, 16);
  const { records } = await driver.executeQuery(cypher.load('generated/system/schema-version'), {}, { database });
  if (records[0]?.get('hash') === version) return names;
  for (const name of names) {
    for (const statement of splitStatements(cypher.load(name))) {
      try {
        await driver.executeQuery(statement, {}, { database });
      } catch (error) {
        // Another process starting at the same time made it between IF NOT EXISTS and the creation.
        if (MADE_BY_ANOTHER_PROCESS.has(String((error as { code?: unknown }).code))) continue;
        throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  await driver.executeQuery(cypher.load('generated/system/record-schema-version'), { hash: version }, { database });
  return names;
}
