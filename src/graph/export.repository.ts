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
  entities(filter: ExportFilter): AsyncGenerator<EntityRecord> {
    const { entities: limit } = this.pageSizes;
    return readPagesAhead(async (after: string | null) => {
      const rows: { entity: Record<string, unknown> }[] = await this.queries.read('generated/export/export-entities', {
        after,
        entityTypes: filter.entityTypes,
        limit: neo4j.int(limit),
      });
      const entities = rows.map(({ entity }) => toEntity(entity));
      return { items: entities, next: entities.length === limit ? entities.at(-1)!.id : null };
    });
  }

  /**
   * The relations between those entities that the filter keeps, by source id, then id, each with
   * its evidence.
   */
  relations(filter: ExportFilter): AsyncGenerator<RelationRecord> {
    const { relations: limit } = this.pageSizes;
    return readPagesAhead(async (after: [string, string] | null) => {
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
          relationValues: true,
          evidence: true,
        },
      );
      const relations = (row?.relations ?? []).map((relation) => toRelation(relation));
      return { items: relations, next: relations.length === limit ? (row?.last ?? null) : null };
    });
  }
}

/**
 * The items of page after page, each page asked for with the key the one before gave (`next`,
 * null after the last), and read while the one before is yielded.
 */
async function* readPagesAhead<T, Key>(
  page: (after: Key | null) => Promise<{ items: T[]; next: Key | null }>,
): AsyncGenerator<T> {
  let current = page(null);
  for (;;) {
    const { items, next } = await current;
    if (next !== null) current = readAhead(page(next));
    yield* items;
    if (next === null) return;
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
