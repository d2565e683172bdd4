import { DEFAULT_SCOPE, type RelationScope } from '../domain/assertion';
import neo4j from 'neo4j-driver';
import type { RelationType } from '../domain/ontology';
import { PLANNING_TIMEOUT_MS, type QueryRunner } from '../db/run-query';
import { OutOfTransactionMemoryError } from '../errors/service-unavailable.error';
import {
  FULL_PROJECTION,
  relationEnds,
  toEntityFromColumns,
  toRelation,
  type EntityRecord,
  type Projection,
  type RelationRecord,
} from './model';
import { MAX_PATH_HOPS, PATH_BRANCHING } from './statements/traversal.statements';

export interface PathRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

/** The paths found, and whether longer ones were left out for lack of Neo4j's memory (see shortestPaths). */
export interface PathSearchRecord {
  paths: PathRecord[];
  shortestOnly: boolean;
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
  truncated: boolean;
}

/** Paths and neighbourhoods: the traversals a visualisation draws. */
export class TraversalRepository {
  /** Whether both paths statements have been planned since start (see plan). */
  private planned = false;

  /**
   * `branching`: how many times more paths an end has with each relation beyond two (see
   * PATH_BRANCHING), which decides where longer paths are joined; tests vary it to reach every
   * join on the curated graph.
   */
  constructor(
    private readonly queries: QueryRunner,
    private readonly branching = PATH_BRANCHING,
  ) {}

  /**
   * Has Neo4j plan both paths statements before a user asks (see TimelineRepository.plan): the one
   * for several paths, with its blocks per path length and join position, takes Neo4j 6-9 s to
   * plan. One plan serves every search (see SearchParameters in traversal.statements.ts); between
   * ids no entity has, nothing is searched. One after the other, as planning takes a core. Until
   * it is done, a search may take as long as planning does (PLANNING_TIMEOUT_MS).
   */
  async plan(): Promise<void> {
    this.planned = false;
    try {
      await this.shortestPaths('?', '?', MAX_PATH_HOPS, null, 5);
      await this.shortestPaths('?', '?', MAX_PATH_HOPS, null, 1);
    } finally {
      // Failed or not, searches have their usual time again: a failed warm-up is reported.
      this.planned = true;
    }
  }

  async shortestPaths(
    from: string,
    to: string,
    maxHops: number,
    types: readonly RelationType[] | null,
    first: number,
    { includeSuggested, assertions }: RelationScope = DEFAULT_SCOPE,
    projection: Projection = FULL_PROJECTION,
  ): Promise<PathSearchRecord> {
    const search = (longer: boolean) =>
      this.queries.read<{ nodes: unknown[][]; relations: unknown[][] }>(
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
            branching: this.branching,
            longer,
          },
          ...projection,
        },
        this.planned ? {} : { timeoutMs: PLANNING_TIMEOUT_MS },
      );
    const toPaths = (rows: Awaited<ReturnType<typeof search>>): PathRecord[] =>
      rows.map((row) => ({
        nodes: row.nodes.map(toEntityFromColumns),
        relations: row.relations.map((relation) => toRelation(relation)),
      }));
    try {
      return { paths: toPaths(await search(true)), shortestOnly: false };
    } catch (error) {
      // Fewer shortest paths than asked, and the longer ones kept more paths than Neo4j's memory
      // for all transactions holds: at a million entities about one pair in 150 while the join
      // was placed by the ends' degrees alone (an end of 238 relations, one of them to an entity
      // of 42,675, joined in the middle: 170,000 rows), none of 355 since it is placed by estimate
      // (see pathSearch). The shortest paths alone, then, rather than none.
      if (!(error instanceof OutOfTransactionMemoryError) || first === 1) throw error;
      return { paths: toPaths(await search(false)), shortestOnly: true };
    }
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
