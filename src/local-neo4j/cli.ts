/**
 * `npm run db:install|db:start|db:stop|db:status`: the project-managed Neo4j by hand.
 * `npm start` needs none of these: it starts (or reuses) the server itself.
 */
import { loadConfig } from '../config';
import { projectPaths } from '../project-paths';
import { loadDotEnv } from '../load-dot-env';
import { reportFatalError } from '../report-fatal-error';
import { installNeo4j } from './install-neo4j';
import { LocalNeo4jServer } from './local-neo4j-server';

const USAGE = 'usage: db <install|start|stop|status>';

async function main(command: string | undefined): Promise<number> {
  loadDotEnv();
  const { localNeo4j } = loadConfig();
  const log = (line: string) => console.log(line);
  const server = new LocalNeo4jServer({ ...localNeo4j, log });
  switch (command) {
    case 'install':
      await installNeo4j({ pomFile: projectPaths.neo4jPom, lib: server.layout.lib, log });
      return 0;
    case 'start': {
      const connection = await server.start({ detached: true });
      console.log(
        `Neo4j is running at ${connection.uri} (pid ${connection.pid}); user ${connection.user}, password in ${server.layout.passwordFile}.`,
      );
      return 0;
    }
    case 'stop':
      console.log((await server.stop()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const status = server.status();
      if (status.state === 'running') {
        console.log(`running at ${status.boltUri} (pid ${status.pid}, since ${status.startedAt})`);
        return 0;
      }
      console.log('stopped');
      return 3;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    reportFatalError(error);
    process.exit(1);
  },
);
