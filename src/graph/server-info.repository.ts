import type { QueryRunner } from '../db/run-query';

export interface ServerInfo {
  name: string;
  version: string;
  edition: string;
}

/** What Neo4j says about itself. */
export class ServerInfoRepository {
  constructor(private readonly queries: QueryRunner) {}

  async get(): Promise<ServerInfo> {
    const [row] = await this.queries.read<ServerInfo>('system/server-info');
    if (!row) throw new Error('dbms.components() returned no row');
    return row;
  }
}
