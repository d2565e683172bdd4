import type { ServerInfoRepository } from '../graph/server-info.repository';

/** The repositories resolvers delegate to; built once per app, shared by every request. */
export interface Repositories {
  serverInfo: ServerInfoRepository;
}

export interface ApiContext {
  repositories: Repositories;
  service: { name: string; version: string };
}
