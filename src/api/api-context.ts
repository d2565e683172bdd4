import type DataLoader from 'dataloader';
import type { DocumentRecord } from '../graph/document.repository';
import type { EntityRecord, EvidenceRecord, Projection } from '../graph/model';
import type { RelationFilter, RelationPage } from '../graph/relation.repository';
import type { Repositories } from '../graph/repositories';
import type { Extractor } from '../extract/extraction-job';
import type { AnswerOutcome } from '../http/graphql-http-handler';
import type { AdminAccess } from './common/admin-access';

export type { Repositories };

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
  /** Documents by id (citations name the documents of their evidence). */
  document: DataLoader<string, DocumentRecord | null>;
}

export interface ApiContext {
  repositories: Repositories;
  loaders: Loaders;
  /** Where ingested documents are extracted: the server's pool of worker threads. */
  extract: Extractor;
  service: { name: string; version: string };
  /** Whether this request carries the admin token that mutations need. */
  admin: AdminAccess;
  /** Who asks, for the fairness limits on costly queries: the client's address. */
  client: string;
  /** Names this request in the server's log, and in masked errors, so a report can be traced. */
  requestId: string;
  /** The address the explorer is served at (`http://host:port/`): permalinks start with it. */
  baseUrl: string;
  /** Filled in as the answer is sent: whether HTTP caches may keep it. */
  outcome: AnswerOutcome;
}
