import type { QueryRunner } from '../db/run-query';
import { CurationRepository } from './curation.repository';
import { DocumentRepository } from './document.repository';
import { EntityRepository } from './entity.repository';
import { ExportRepository } from './export.repository';
import { GraphVersion } from './graph-version';
import { LeaseRepository } from './lease.repository';
import { RelationRepository } from './relation.repository';
import { ServerInfoRepository } from './server-info.repository';
import { StatsRepository } from './stats.repository';
import { SuggestionRepository } from './suggestion.repository';
import { TimelineRepository } from './timeline.repository';
import { TraversalRepository } from './traversal.repository';

/**
 * Every repository: the only way the rest of the service reads or writes the graph. Built once per
 * process, shared by every request.
 */
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
  curation: CurationRepository;
  /** Work one process of several on the same Neo4j does at a time. */
  leases: LeaseRepository;
  /** The whole graph, page after page, for exports. */
  export: ExportRepository;
}

/**
 * The repositories over one query runner; `versions` runs the graph version's polls (a runner of
 * its own in the server: they are not the requests' statements).
 */
export function createRepositories(queries: QueryRunner, versions: QueryRunner = queries): Repositories {
  const graphVersion = new GraphVersion(versions);
  return {
    graphVersion,
    serverInfo: new ServerInfoRepository(queries),
    entities: new EntityRepository(queries),
    relations: new RelationRepository(queries),
    traversal: new TraversalRepository(queries),
    timeline: new TimelineRepository(queries, graphVersion),
    stats: new StatsRepository(queries),
    documents: new DocumentRepository(queries),
    suggestions: new SuggestionRepository(queries),
    curation: new CurationRepository(queries),
    leases: new LeaseRepository(queries),
    export: new ExportRepository(queries),
  };
}
