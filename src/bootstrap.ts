/**
 * The one way to bring the service's parts up, used by the service (index.ts), the tests, the
 * benchmark and every command: Neo4j (the configured one, or the project-managed one started or
 * reused here), the migrations, the repositories and, unless asked not to, the curated data
 * (loaded when the graph holds none or an older version of it).
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { applyMigrations } from './db/apply-migrations';
import { CypherLoader } from './db/cypher-loader';
import type { Neo4jConnection } from './db/neo4j-connection';
import { openNeo4j } from './db/open-neo4j';
import { QueryRunner } from './db/run-query';
import { createRepositories, type Repositories } from './graph/repositories';
import { Readiness } from './health/readiness';
import { ensureCuratedGraph } from './ingest/ensure-curated-graph';
import { ensureLinkKeys } from './ingest/ensure-link-keys';

export interface Bootstrapped {
  connection: Neo4jConnection;
  driver: Driver;
  cypher: CypherLoader;
  /** Runs the repositories' statements (a server builds its own, with its request timeout). */
  queries: QueryRunner;
  repositories: Repositories;
  /** What /ready reports: migrations applied and data loaded, as far as this bootstrap went. */
  readiness: Readiness;
  /** Closes the driver, and stops the local Neo4j if this bootstrap started it. */
  close(): Promise<void>;
}

export interface BootstrapOptions {
  log?: (line: string) => void;
  /** Receives each undo step as soon as there is one, so that a signal during start-up can run it. */
  onCleanup?: (cleanup: () => Promise<unknown>) => void;
  /** `ensure` (the default) loads the curated data when it is missing or older; `skip` leaves the graph as it is. */
  curatedData?: 'ensure' | 'skip';
  /** Another Cypher folder, for tests that inject failures. */
  cypher?: CypherLoader;
}

export async function bootstrap(
  config: Config,
  { log = () => {}, onCleanup = () => {}, curatedData = 'ensure', cypher = new CypherLoader() }: BootstrapOptions = {},
): Promise<Bootstrapped> {
  const neo4j = await openNeo4j(config, log, onCleanup);
  try {
    const { connection, driver } = neo4j;
    const readiness = new Readiness(driver, connection.database, connection.uri);
    readiness.markMigrationsApplied(await applyMigrations(driver, cypher, connection.database));
    const queries = new QueryRunner(driver, cypher, connection.database);
    const repositories = createRepositories(queries);
    if (curatedData === 'ensure') {
      const { summary } = await ensureCuratedGraph(repositories, log);
      await ensureLinkKeys(repositories, log);
      readiness.markDataLoaded(
        `curated data ${summary.version}: ${summary.entities} entities, ${summary.relations} relations`,
      );
    }
    return { connection, driver, cypher, queries, repositories, readiness, close: () => neo4j.close() };
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}
