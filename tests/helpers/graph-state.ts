import type { Driver } from 'neo4j-driver';
import { CypherLoader } from '../../src/db/cypher-loader';
import { testNeo4jConnection } from './test-neo4j';

/** How many nodes and relationships the test database holds: equal before and after means untouched. */
export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    new CypherLoader().load('system/node-and-relationship-counts'),
    {},
    { database: testNeo4jConnection().database },
  );
  return { nodes: Number(records[0]!.get('nodes')), relationships: Number(records[0]!.get('relationships')) };
}

/** A Cypher loader that serves other text for some statements: to inject failures and slowness. */
export function cypherWith(replacements: Record<string, string>): CypherLoader {
  // A replacement of a statement that does not exist would replace nothing, and its test would
  // pass for the wrong reason.
  const known = new CypherLoader();
  for (const name of Object.keys(replacements)) known.load(name);
  return new (class extends CypherLoader {
    override load(name: string): string {
      return replacements[name] ?? super.load(name);
    }
  })();
}

/** Raises the graph's version as every write of the service does (for tests that write behind its back). */
export async function bumpGraphVersion(driver: Driver): Promise<void> {
  await driver.executeQuery(
    new CypherLoader().load('generated/system/bump-graph-version'),
    {},
    { database: testNeo4jConnection().database },
  );
}
