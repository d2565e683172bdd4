import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/run-query';
import type { ExportFilter } from '../export/export-request';
import { toEntity, toRelation, type EntityRecord, type RelationRecord } from './model';

/**
 * How many entities one page reads; how many source entities the first page of relations reads,
 * and about how many relations each page should hold: the number of sources of the next page
 * follows the relations the last one gave (a page of hubs holds many), so that a page's memory
 * stays about the same whatever the degrees.
 */
export interface ExportPageSizes {
  entities: number;
  sources: number;
  relations: number;
}

const PAGE_SIZES: ExportPageSizes = { entities: 2000, sources: 100, relations: 2000 };
const MAX_SOURCES = 2000;

/**
 * The graph, or the part an export's filter chooses, page after page in id order: what an export
 * writes, without ever holding the whole graph: the next page is read while one is written, so
 * that Neo4j and the writer work at once, and two pages at most are held.
 */
export class ExportRepository {
  constructor(
    private readonly queries: QueryRunner,
    private readonly pageSizes: ExportPageSizes = PAGE_SIZES,
  ) {}

  /** The entities of the filter's types, in id order. */
  async *entities(filter: ExportFilter): AsyncGenerator<EntityRecord> {
    const page = async (after: string | null) => {
      const rows: { entity: Record<string, unknown> }[] = await this.queries.read('generated/export/export-entities', {
        after,
        entityTypes: filter.entityTypes,
        limit: neo4j.int(this.pageSizes.entities),
      });
      return rows.map(({ entity }) => toEntity(entity));
    };
    let next = page(null);
    for (;;) {
      const entities = await next;
      const last = entities.length === this.pageSizes.entities ? entities.at(-1)!.id : null;
      if (last !== null) next = readAhead(page(last));
      yield* entities;
      if (last === null) return;
    }
  }

  /**
   * The relations between those entities that the filter keeps, by source id, then id, each with
   * its evidence.
   */
  async *relations(filter: ExportFilter): AsyncGenerator<RelationRecord> {
    const page = async (after: string | null, sources: number) => {
      const [row]: { last: string | null; relations: unknown[][] }[] = await this.queries.read(
        'generated/export/export-relations',
        {
          after,
          limit: neo4j.int(sources),
          entityTypes: filter.entityTypes,
          from: filter.from === null ? null : neo4j.int(filter.from),
          to: filter.to === null ? null : neo4j.int(filter.to),
          includeSuggested: filter.includeSuggested,
          relationDetails: true,
          evidence: true,
        },
      );
      return { last: row?.last ?? null, relations: (row?.relations ?? []).map((relation) => toRelation(relation)) };
    };
    let sources = this.pageSizes.sources;
    let next = page(null, sources);
    for (;;) {
      const { last, relations } = await next;
      if (last === null) return;
      // As many sources as would have given the relations wanted, growing at most fourfold a page.
      const wanted = Math.floor((sources * this.pageSizes.relations) / Math.max(1, relations.length));
      sources = Math.max(1, Math.min(MAX_SOURCES, sources * 4, wanted));
      next = readAhead(page(last, sources));
      yield* relations;
    }
  }
}

/**
 * A page being read ahead: its failure is taken when it is awaited, not reported as unhandled if
 * the export stops before (a closed connection).
 */
function readAhead<T>(page: Promise<T>): Promise<T> {
  page.catch(() => {});
  return page;
}
