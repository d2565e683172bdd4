import neo4j from 'neo4j-driver';
import type { EntityType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import { toEntity, toNumber, type EntityRecord } from './model';
import { keysetParameters, type Keyed, type PageRequest } from './keyset-page';
import { AFTER_ALL_NAMES } from './statements/entity.statements';

export interface ResolveCandidate {
  entity: EntityRecord;
  nameKeys: string[];
  score: number;
}

/** Entities by id, by page, and the candidates for `resolve` and `search`. */
export class EntityRepository {
  constructor(private readonly queries: QueryRunner) {}

  async byIds(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const rows = await this.queries.read<{ entity: Record<string, unknown> }>('graph/entities-by-id', {
      ids: [...ids],
    });
    return new Map(rows.map(({ entity }) => [String(entity.id), toEntity(entity)]));
  }

  /**
   * One page in the order (name, id), as fetched (see PageRequest), of every type or of one; with
   * `totals`, how many there are (else null).
   */
  async page(
    type: EntityType | null,
    page: PageRequest,
    totals: boolean,
  ): Promise<{ total: number | null; entities: Keyed<EntityRecord>[] }> {
    const [row] = await this.queries.read<{ total: unknown; entities: Record<string, unknown>[] }>(
      `generated/graph/entities${type === null ? '' : '-of-type'}-page${page.direction === 'forward' ? '' : '-backward'}`,
      {
        type,
        totals,
        // The seek's bounds on the name: the keys' names, or all names.
        seekFrom: page.after?.[0] ?? '',
        seekTo: page.before?.[0] ?? AFTER_ALL_NAMES,
        ...keysetParameters(page),
      },
    );
    return {
      // The statement gives null where it did not count, as entity-relations does.
      total: row === undefined || row.total === null ? null : toNumber(row.total),
      entities: (row?.entities ?? []).map(toEntity).map((entity) => ({ item: entity, key: [entity.name, entity.id] })),
    };
  }

  /** Full-text hits over spelling keys; `query` must be a Lucene query of plain words. */
  async resolveCandidates(query: string, limit: number): Promise<ResolveCandidate[]> {
    const rows = await this.queries.read<{ entity: Record<string, unknown>; score: number }>(
      'graph/resolve-candidates',
      { query, limit: neo4j.int(limit) },
    );
    return rows.map(({ entity, score }) => ({
      entity: toEntity(entity),
      nameKeys: (entity.nameKeys as string[] | undefined) ?? [],
      score,
    }));
  }

  async search(
    query: string,
    types: readonly EntityType[] | null,
    limit: number,
  ): Promise<{ entity: EntityRecord; score: number }[]> {
    const rows = await this.queries.read<{ entity: Record<string, unknown>; score: number }>('graph/search-entities', {
      query,
      types,
      limit: neo4j.int(limit),
      // The type filter runs after the index: ask it for more than one page.
      candidates: neo4j.int(types ? Math.max(limit * 10, 100) : limit),
    });
    return rows.map(({ entity, score }) => ({ entity: toEntity(entity), score }));
  }
}
