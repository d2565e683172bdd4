import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { LocalNeo4jServer } from '../local-neo4j/local-neo4j-server';
import { createDriver, verifyNeo4j, type Neo4jConnection } from './neo4j-connection';

export interface OpenNeo4j {
  connection: Neo4jConnection;
  driver: Driver;
  /** Closes the driver, and stops the local Neo4j if this call started it. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j: the one NEO4J_URI names, or the project-managed local one,
 * started (or reused) here. `onCleanup` receives the undo step as soon as there is one, so a signal
 * that arrives while Neo4j boots can still stop it.
 */
export async function openNeo4j(
  config: Config,
  log: (line: string) => void,
  onCleanup: (cleanup: () => Promise<unknown>) => void = () => {},
): Promise<OpenNeo4j> {
  let stopLocal: () => Promise<unknown> = () => Promise.resolve();
  let connection: Neo4jConnection;
  if (config.neo4j.kind === 'external') {
    connection = config.neo4j;
  } else {
    const local = new LocalNeo4jServer({ ...config.localNeo4j, log });
    // A server this process only reused (one from `npm run db:start`) stays up.
    stopLocal = () => local.stopIfStartedHere();
    onCleanup(stopLocal);
    const started = await local.start();
    connection = { uri: started.uri, user: started.user, password: started.password, database: config.neo4j.database };
  }
  const driver = createDriver(connection);
  onCleanup(() => driver.close());
  try {
    await verifyNeo4j(driver, connection);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return {
    connection,
    driver,
    close: async () => {
      await driver.close();
      await stopLocal();
    },
  };
}
