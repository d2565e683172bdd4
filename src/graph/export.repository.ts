import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/run-query';
import type { ExportFilter } from '../export/export-request';
import { toEntity, toRelation, type EntityRecord, type RelationRecord } from './model';

/** How many entities, and how many relations, one page reads. */
export interface ExportPageSizes {
  entities: number;
  relations: number;
}

const PAGE_SIZES: ExportPageSizes = { entities: 2000, relations: 2000 };

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
    const { relations: limit } = this.pageSizes;
    const page = async (after: [string, string] | null) => {
      const [row]: { last: [string, string] | null; relations: unknown[][] }[] = await this.queries.read(
        'generated/export/export-relations',
        {
          after,
          limit: neo4j.int(limit),
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
    let next = page(null);
    for (;;) {
      const { last, relations } = await next;
      const more = relations.length === limit && last !== null;
      if (more) next = readAhead(page(last));
      yield* relations;
      if (!more) return;
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
