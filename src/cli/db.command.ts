import { loadConfig } from '../config';
import { installNeo4j } from '../local-neo4j/install-neo4j';
import { LocalNeo4jServer } from '../local-neo4j/local-neo4j-server';
import { projectPaths } from '../project-paths';
import { command, UsageError } from './command';

const ACTIONS = ['install', 'start', 'stop', 'status'] as const;

/**
 * `npm run db:install|db:start|db:stop|db:status`: the project-managed Neo4j by hand. `npm start`
 * needs none of these: it starts (or reuses) the server itself.
 */
export const dbCommand = command({
  summary: 'the project-managed Neo4j: install, start, stop or status',
  usage: 'install|start|stop|status',
  options: {},
  positionals: true,
  async run({ positionals }) {
    const [action, ...extra] = positionals;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number]) || extra.length > 0) {
      throw new UsageError(action ? `unknown action '${[action, ...extra].join(' ')}'` : 'which action?');
    }
    const { localNeo4j } = loadConfig();
    const log = (line: string) => console.log(line);
    const server = new LocalNeo4jServer({ ...localNeo4j, log });
    switch (action as (typeof ACTIONS)[number]) {
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
    }
  },
});
