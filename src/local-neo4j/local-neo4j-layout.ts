import path from 'node:path';

/**
 * Where the project-managed Neo4j keeps its files. `lib` holds the jars Maven fetched and may be
 * shared by several homes (the test suite runs a disposable home beside the developer's).
 */
export interface LocalNeo4jLayout {
  home: string;
  lib: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
  neo4jLog: string;
}

export function localNeo4jLayout(home: string, lib = path.join(home, 'lib')): LocalNeo4jLayout {
  const logs = path.join(home, 'logs');
  const run = path.join(home, 'run');
  return {
    home,
    lib,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs,
    run,
    // Neo4j manages files of its own in run/, so ours lives beside it.
    pidFile: path.join(home, 'server.pid'),
    passwordFile: path.join(home, 'password'),
    consoleLog: path.join(logs, 'console.log'),
    neo4jLog: path.join(logs, 'neo4j.log'),
  };
}
