import neo4j from 'neo4j-driver';
import type { RelationType } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import { toEntity, toRelation, type EntityRecord, type RelationRecord } from './graph-records';

/** The path counts with a statement of their own (graph/shortest-paths-<k>.cypher, generated). */
export const SHORTEST_PATH_COUNTS = [1, 5, 20] as const;

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

  async shortestPaths(
    from: string,
    to: string,
    maxHops: number,
    types: readonly RelationType[] | null,
    first: number,
    includeSuggested = false,
  ): Promise<PathRecord[]> {
    const rows = await this.queries.read<{ nodes: Record<string, unknown>[]; relations: Record<string, unknown>[] }>(
      // The statement that asks Neo4j for no more paths than wanted (see generated-cypher.ts).
      `graph/shortest-paths-${SHORTEST_PATH_COUNTS.find((k) => k >= first) ?? 20}`,
      { from, to, maxHops: neo4j.int(maxHops), types, first: neo4j.int(first), includeSuggested },
    );
    return rows.map((row) => ({ nodes: row.nodes.map(toEntity), relations: row.relations.map(toRelation) }));
  }

  /**
   * The entities within `depth` hops of the given ones and the relations among them, breadth
   * first, one statement per hop; `truncated` when `limit` relations cut it short.
   */
  async neighbourhood(
    starts: readonly EntityRecord[],
    depth: number,
    types: readonly RelationType[] | null,
    limit: number,
    includeSuggested = false,
  ): Promise<SubgraphRecord> {
    const nodes = new Map(starts.map((entity) => [entity.id, entity]));
    const relations = new Map<string, RelationRecord>();
    let frontier = starts.map((entity) => entity.id);
    let truncated = false;
    for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop += 1) {
      const remaining = limit - relations.size;
      const rows = await this.queries.read<{ relation: Record<string, unknown> }>('graph/neighbourhood-step', {
        frontier,
        types,
        includeSuggested,
        // One more than fits tells whether the limit cut the subgraph.
        limit: neo4j.int(remaining + relations.size + 1),
      });
      const next: string[] = [];
      for (const { relation: row } of rows) {
        const relation = toRelation(row);
        if (relations.has(relation.id)) continue;
        if (relations.size >= limit) {
          truncated = true;
          break;
        }
        relations.set(relation.id, relation);
        for (const end of [relation.source, relation.target]) {
          if (!nodes.has(end.id)) {
            nodes.set(end.id, end);
            next.push(end.id);
          }
        }
      }
      frontier = next;
    }
    return { nodes: [...nodes.values()], relations: [...relations.values()], truncated };
  }
}
