import type DataLoader from 'dataloader';
import type { QueryRunner } from '../db/run-query';
import type { DocumentRepository } from '../graph/document.repository';
import type { EntityRepository } from '../graph/entity.repository';
import type { EntityRecord, EvidenceRecord, Projection } from '../graph/graph-records';
import type { RelationFilter, RelationPage, RelationRepository } from '../graph/relation.repository';
import type { ServerInfoRepository } from '../graph/server-info.repository';
import type { StatsRepository } from '../graph/stats.repository';
import type { SuggestionRepository } from '../graph/suggestion.repository';
import type { TimelineRepository } from '../graph/timeline.repository';
import type { TraversalRepository } from '../graph/traversal.repository';
import type { GraphVersion } from '../graph/graph-version';
import type { AnswerOutcome } from '../http/graphql-http-handler';
import type { AdminAccess } from './common/admin-access';

/** The repositories resolvers delegate to; built once per app, shared by every request. */
export interface Repositories {
  /** The graph's version: read again after every write, for HTTP caching. */
  graphVersion: GraphVersion;
  serverInfo: ServerInfoRepository;
  entities: EntityRepository;
  relations: RelationRepository;
  traversal: TraversalRepository;
  timeline: TimelineRepository;
  stats: StatsRepository;
  documents: DocumentRepository;
  suggestions: SuggestionRepository;
}

/** One page of an entity's relations, and how much of them the query reads. */
export interface RelationPageKey {
  id: string;
  filter: RelationFilter;
  projection: Projection;
}

/** Per-request batching: what many resolvers ask for in one tick becomes one statement. */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  relations: DataLoader<RelationPageKey, RelationPage, string>;
  mentions: DataLoader<{ id: string; limit: number }, EvidenceRecord[], string>;
}

export interface ApiContext {
  repositories: Repositories;
  loaders: Loaders;
  service: { name: string; version: string };
  /** Runs the write transactions of mutations. */
  queries: QueryRunner;
  /** Whether this request carries the admin token that mutations need. */
  admin: AdminAccess;
  /** Names this request in the server's log, and in masked errors, so a report can be traced. */
  requestId: string;
  /** Filled in as the answer is sent: whether HTTP caches may keep it. */
  outcome: AnswerOutcome;
}
