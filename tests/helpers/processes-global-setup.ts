import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { installNeo4j } from '../../src/local-neo4j/install-neo4j';
import { projectPaths } from '../../src/project-paths';

/**
 * Before the tests that start processes themselves: the build they run (what `npm start` runs) and
 * Neo4j's jars (fetched by Maven on first use). No Neo4j is started here.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs', '--explorer'], { cwd: projectPaths.root, stdio: 'inherit' });
  await installNeo4j({
    pomFile: projectPaths.neo4jPom,
    lib: path.join(projectPaths.localNeo4jHome, 'lib'),
    log: (line) => process.stderr.write(`[neo4j jars] ${line}\n`),
  });
}
