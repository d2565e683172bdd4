import { rmSync } from 'node:fs';
import type { TestNeo4jState } from './test-neo4j';

/** Stops the disposable Neo4j and removes its folder; a Neo4j named by NEO4J_URI is left alone. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { testNeo4j?: TestNeo4jState }).testNeo4j;
  if (!state) return;
  await state.server.stop();
  rmSync(state.home, { recursive: true, force: true });
}
