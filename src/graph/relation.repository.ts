import { ASSERTION_KINDS, type AssertionKind } from '../domain/assertion';
import neo4j from 'neo4j-driver';
import type { RelationType } from '../domain/ontology';
import { firstPage, keysetParameters, toSortKey, type Keyed, type PageRequest } from './keyset-page';
import type { QueryRunner } from '../db/run-query';
import { MANY_RELATIONS } from './statements/relation.statements';
import {
  FULL_PROJECTION,
  toEntityFromColumns,
  toNumber,
  toRelation,
  type EntityRecord,
  type EvidenceRecord,
  type Projection,
  type RelationRecord,
} from './model';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationFilter {
  types: readonly RelationType[] | null;
  direction: Direction;
  /** Also the suggested relations drawn from ingested documents, not yet reviewed. */
  includeSuggested: boolean;
  /** The kinds of statement: facts, claims, plans, beliefs. */
  assertions: readonly AssertionKind[];
  /** In the order (type, other end's name, id). */
  page: PageRequest;
}

export interface RelationPage {
  /** How many relations the filter keeps in all pages; null when the projection asks no totals. */
  total: number | null;
  /** As fetched for the page: in its direction, one more than it holds when more follow. */
  relations: Keyed<RelationRecord>[];
}

/** One page of an entity's relations, with the entity. */
export interface EntityRelationPage extends RelationPage {
  entity: EntityRecord;
}

/**
 * Whether a filter keeps every relation an entity has with others: all types, both directions,
 * every kind of statement, no suggestions (the explorer's entity details ask so). Every stored
 * relation of an ontology type joins two entities and is of one of the kinds (the storage model),
 * so its count is the entity's degree in those types.
 */
function keepsEveryRelation(filter: RelationFilter): boolean {
  return (
    filter.types === null &&
    filter.direction === 'BOTH' &&
    !filter.includeSuggested &&
    ASSERTION_KINDS.every((kind) => filter.assertions.includes(kind))
  );
}

/** What the entity-relations statements read from their one map parameter, $page. */
export function entityRelationsParameters(ids: readonly string[], filter: RelationFilter) {
  // One map, so that one plan serves every size of request (see relation.statements.ts).
  return {
    ids: [...ids],
    types: filter.types,
    direction: filter.direction,
    includeSuggested: filter.includeSuggested,
    assertions: filter.assertions,
    everyRelation: keepsEveryRelation(filter),
    ...keysetParameters(filter.page),
  };
}

/** The relations and mentions of many entities at once: one statement per call, whatever the count. */
export class RelationRepository {
  constructor(private readonly queries: QueryRunner) {}

  /**
   * For each known id: the entity (whole) and one page of its relations, projected as asked. The
   * pages of entities of more than MANY_RELATIONS relations come from a second statement, which
   * reads each type apart (see relation.statements.ts).
   */
  async ofEntities(
    ids: readonly string[],
    filter: RelationFilter,
    projection: Projection = FULL_PROJECTION,
  ): Promise<Map<string, EntityRelationPage>> {
    const page = entityRelationsParameters(ids, filter);
    // A row for each entity (entity, total, many), then one for each relation of its page, in order.
    const rows = await this.queries.read<{
      id: string;
      entity: unknown[] | null;
      total: unknown;
      many: boolean | null;
      relation: unknown[] | null;
      key: unknown[] | null;
    }>('generated/graph/entity-relations', { page, ...projection });
    const pages = new Map<string, EntityRelationPage>();
    const many: string[] = [];
    const addRelation = (row: { id: string; relation: unknown[] | null; key: unknown[] | null }) => {
      if (row.relation !== null && row.key !== null) {
        pages.get(row.id)?.relations.push({ item: toRelation(row.relation), key: toSortKey(row.key) });
      }
    };
    for (const row of rows) {
      if (row.entity !== null) {
        pages.set(row.id, {
          entity: toEntityFromColumns(row.entity),
          total: row.total === null ? null : toNumber(row.total),
          relations: [],
        });
        if (row.many === true) many.push(row.id);
      } else {
        addRelation(row);
      }
    }
    if (many.length > 0) {
      for (const row of await this.ofManyRelations({ ...page, ids: many }, projection)) addRelation(row);
    }
    return pages;
  }

  /** The pages of entities of more than MANY_RELATIONS relations, a row for each relation. */
  private ofManyRelations(page: ReturnType<typeof entityRelationsParameters>, projection: Projection) {
    return this.queries.read<{ id: string; relation: unknown[] | null; key: unknown[] | null }>(
      'generated/graph/entity-relations-written-out',
      { page, ...projection },
    );
  }

  /**
   * Has Neo4j plan the statements before a user asks (see TimelineRepository.plan); one plan
   * serves every request. The one that writes each type out only where some entity may have more
   * than MANY_RELATIONS relations: it takes Neo4j 4-5 s of a core to plan, 5.7 s just after Neo4j
   * started, and no page of a smaller graph (the curated one) needs it.
   */
  async plan(): Promise<void> {
    const filter: RelationFilter = {
      types: null,
      direction: 'BOTH',
      includeSuggested: false,
      assertions: ASSERTION_KINDS,
      page: firstPage(1),
    };
    await this.ofEntities(['?'], filter);
    const [found] = await this.queries.read<{ many: boolean }>('graph/entity-with-many-relations', {
      relations: neo4j.int(MANY_RELATIONS),
    });
    if (found?.many === true) await this.ofManyRelations(entityRelationsParameters(['?'], filter), FULL_PROJECTION);
  }

  /** The relations with these ids (suggested ones too), as much of them as `projection` asks. */
  async byIds(ids: readonly string[], projection: Projection = FULL_PROJECTION): Promise<Map<string, RelationRecord>> {
    const rows = await this.queries.read<{ relation: unknown[] }>('generated/graph/relations-by-id', {
      ids: [...ids],
      ...projection,
    });
    return new Map(rows.map(({ relation }) => toRelation(relation)).map((relation) => [relation.id, relation]));
  }

  async mentionsOf(ids: readonly string[], limit: number): Promise<Map<string, EvidenceRecord[]>> {
    const rows = await this.queries.read<{ id: string; mentions: Record<string, unknown>[] }>('graph/entity-mentions', {
      ids: [...ids],
      limit: neo4j.int(limit),
    });
    return new Map(
      rows.map((row) => [
        row.id,
        row.mentions.map((mention) => ({
          documentId: String(mention.documentId),
          sentenceIndex: toNumber(mention.sentenceIndex),
          sentence: String(mention.sentence),
          quote: typeof mention.quote === 'string' ? mention.quote : null,
        })),
      ]),
    );
  }
}
