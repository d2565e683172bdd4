/**
 * `node dist/tests/helpers/disposable-neo4j.js`: a disposable Neo4j for the gate's integration
 * tests, started before them so that its boot and first work overlap the static checks: a Neo4j on
 * a free port in a temporary folder, with the migrations applied, the curated data loaded and the
 * timeline's plans made (seconds each on a fresh Neo4j). Prints `ready <bolt uri> <password>` and
 * runs until SIGTERM or SIGINT, then stops Neo4j and removes its folder.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bootstrap } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import { projectPaths } from '../../src/project-paths';
import { findFreePort } from './find-free-port';

async function main(): Promise<void> {
  const home = mkdtempSync(path.join(tmpdir(), 'amur-graph-test-neo4j-'));
  const server = new LocalNeo4jServer({
    home,
    lib: path.join(projectPaths.localNeo4jHome, 'lib'),
    boltPort: await findFreePort(),
    log: (line) => process.stderr.write(`[test neo4j] ${line}\n`),
  });
  const stop = async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  try {
    const connection = await server.start();
    const service = await bootstrap(loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password }));
    await service.repositories.timeline.plan();
    await service.close();
    process.stdout.write(`ready ${connection.uri} ${connection.password}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await server.stop();
    rmSync(home, { recursive: true, force: true });
    process.exit(1);
  }
}

void main();
