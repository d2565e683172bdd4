import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/run-query';
import type { ExportFilter } from '../export/export-request';
import { toEntity, toRelation, type EntityRecord, type RelationRecord } from './model';

/** How many entities one page reads, and how many source entities one page of relations reads. */
const ENTITY_PAGE = 2000;
const SOURCE_PAGE = 500;

/**
 * The graph, or the part an export's filter chooses, page after page in id order: what an export
 * writes, without ever holding the whole graph (each page is read when the one before is written).
 */
export class ExportRepository {
  constructor(private readonly queries: QueryRunner) {}

  /** The entities of the filter's types, in id order. */
  async *entities(filter: ExportFilter): AsyncGenerator<EntityRecord> {
    let after: string | null = null;
    for (;;) {
      const rows: { entity: Record<string, unknown> }[] = await this.queries.read('generated/export/export-entities', {
        after,
        entityTypes: filter.entityTypes,
        limit: neo4j.int(ENTITY_PAGE),
      });
      for (const { entity } of rows) yield toEntity(entity);
      if (rows.length < ENTITY_PAGE) return;
      after = String(rows.at(-1)!.entity.id);
    }
  }

  /** The relations between those entities that the filter keeps, by source id, then id. */
  async *relations(filter: ExportFilter): AsyncGenerator<RelationRecord> {
    let after: string | null = null;
    for (;;) {
      const [row]: { last: string | null; relations: unknown[][] }[] = await this.queries.read(
        'generated/export/export-relations',
        {
          after,
          limit: neo4j.int(SOURCE_PAGE),
          entityTypes: filter.entityTypes,
          from: filter.from === null ? null : neo4j.int(filter.from),
          to: filter.to === null ? null : neo4j.int(filter.to),
          includeSuggested: filter.includeSuggested,
          relationDetails: true,
          evidence: true,
        },
      );
      if (!row?.last) return;
      for (const relation of row.relations) yield toRelation(relation);
      after = row.last;
    }
  }
}
