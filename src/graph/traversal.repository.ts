import { DEFAULT_SCOPE, type RelationScope } from '../domain/assertion';
import neo4j from 'neo4j-driver';
import type { RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import {
  FULL_PROJECTION,
  relationEnds,
  toEntityFromColumns,
  toRelation,
  type EntityRecord,
  type Projection,
  type RelationRecord,
} from './model';
import { HUB_DEGREE, MAX_PATH_HOPS } from './statements/traversal.statements';

export interface PathRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
  truncated: boolean;
}

/** Paths and neighbourhoods: the traversals a visualisation draws. */
export class TraversalRepository {
  constructor(private readonly queries: QueryRunner) {}

  /**
   * Has Neo4j plan both paths statements before a user asks (see TimelineRepository.plan): the one
   * for several paths, with its block per path length, takes Neo4j 2 to 4 s to plan. One plan
   * serves every search (see SearchParameters in traversal.statements.ts); between ids no entity
   * has, nothing is searched. One after the other, as planning takes a core.
   */
  async plan(): Promise<void> {
    await this.shortestPaths('?', '?', MAX_PATH_HOPS, null, 5);
    await this.shortestPaths('?', '?', MAX_PATH_HOPS, null, 1);
  }

  async shortestPaths(
    from: string,
    to: string,
    maxHops: number,
    types: readonly RelationType[] | null,
    first: number,
    { includeSuggested, assertions }: RelationScope = DEFAULT_SCOPE,
    projection: Projection = FULL_PROJECTION,
    /** Relations that make an end a hub (see joinPosition); tests lower it to reach the hubs' plans. */
    hubDegree = HUB_DEGREE,
  ): Promise<PathRecord[]> {
    const rows = await this.queries.read<{ nodes: unknown[][]; relations: unknown[][] }>(
      // One path by shortestPath(), more by allShortestPaths() and longer ones (see traversal.statements.ts).
      first === 1 ? 'generated/graph/shortest-paths-1' : 'generated/graph/shortest-paths',
      {
        search: {
          from,
          to,
          maxHops: neo4j.int(maxHops),
          types,
          first: neo4j.int(first),
          includeSuggested,
          assertions,
          hubDegree: neo4j.int(hubDegree),
        },
        ...projection,
      },
    );
    return rows.map((row) => ({
      nodes: row.nodes.map(toEntityFromColumns),
      relations: row.relations.map((relation) => toRelation(relation)),
    }));
  }

  /**
   * The entities within `depth` hops of the entities with the given ids and the relations that
   * reach them, breadth first, in one statement; `truncated` when `limit` relations cut it short.
   * Unknown ids are left out.
   */
  async neighbourhood(
    ids: readonly string[],
    depth: number,
    types: readonly RelationType[] | null,
    limit: number,
    { includeSuggested, assertions }: RelationScope = DEFAULT_SCOPE,
    projection: Projection = FULL_PROJECTION,
  ): Promise<SubgraphRecord> {
    const rows = await this.queries.read<{
      node: unknown[] | null;
      relation: unknown[] | null;
      truncated: boolean;
    }>('generated/graph/neighbourhood', {
      ids: [...ids],
      depth: neo4j.int(depth),
      types,
      limit: neo4j.int(limit),
      includeSuggested,
      assertions,
      ...projection,
    });
    const nodes = new Map<string, EntityRecord>();
    for (const { node } of rows) {
      if (node === null) continue;
      const entity = toEntityFromColumns(node);
      nodes.set(entity.id, entity);
    }
    // Every end is among the nodes (each hop adds the entities its relations reach); here the
    // statement names the ends by id.
    const relations = rows.flatMap(({ relation }) => {
      if (relation === null) return [];
      const ends = relationEnds(relation);
      return [
        toRelation(relation, { source: nodes.get(ends.source as string)!, target: nodes.get(ends.target as string)! }),
      ];
    });
    const truncated = rows[0]?.truncated ?? false;
    return { nodes: [...nodes.values()], relations, truncated };
  }
}
