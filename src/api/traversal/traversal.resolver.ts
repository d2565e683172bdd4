import type { AssertionKind } from '../../domain/assertion';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { RelationType } from '../../domain/ontology';
import type { ApiContext } from '../api-context';
import { AssertionsArg, IncludeSuggestedArg, relationScope } from '../common/relation-scope-args';
import { RelationTypeEnum } from '../common/graphql-enums';
import { checkRange, checkText, LIMITS } from '../common/limits';
import { projectionOf } from '../common/projection';
import { Path, Subgraph } from './traversal.types';

@Resolver()
export class TraversalResolver {
  @Query(() => [Path], {
    description:
      'Shortest chains of relations between two entities, shortest first (of one length, those through less connected entities first), each hop with its evidence. Where the longer ones would take more memory than the database has (ends next to an entity with tens of thousands of relations), the shortest alone.',
  })
  async paths(
    @Arg('from', () => ID, { description: 'The id of the entity the paths start from.' }) from: string,
    @Arg('to', () => ID, { description: 'The id of the entity the paths end at.' }) to: string,
    @Arg('maxHops', () => Int, {
      defaultValue: 4,
      nullable: true,
      description: `The longest path, in relations (${LIMITS.maxHops.min}-${LIMITS.maxHops.max}).`,
    })
    maxHops: number | null | undefined,
    @Arg('types', () => [RelationTypeEnum], { nullable: true, description: 'Only over relations of these types.' })
    types: RelationType[] | null | undefined,
    @Arg('first', () => Int, {
      defaultValue: 5,
      nullable: true,
      description: `How many paths, shortest first (at most ${LIMITS.pathsFirst.max}).`,
    })
    first: number | null | undefined,
    @IncludeSuggestedArg() includeSuggested: boolean | null | undefined,
    @AssertionsArg() assertions: AssertionKind[] | null | undefined,
    @Ctx() { repositories, outcome }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path[]> {
    checkText('from', from);
    checkText('to', to);
    const hops = checkRange('maxHops', maxHops, LIMITS.maxHops, 4);
    const limit = checkRange('first', first, LIMITS.pathsFirst, 5);
    const { paths, shortestOnly } = await repositories.traversal.shortestPaths(
      from,
      to,
      hops,
      types?.length ? types : null,
      limit,
      relationScope(includeSuggested, assertions),
      projectionOf(info),
    );
    // Without the longer paths Neo4j had no memory for, at that moment: an answer not to keep.
    if (shortestOnly) outcome.partial = true;
    return paths.map((path) => ({ length: path.relations.length, ...path }));
  }

  @Query(() => Subgraph, { description: 'The entities within `depth` hops of the given ones, and their relations.' })
  async neighbourhood(
    @Arg('ids', () => [ID], { description: `The entities to start from (at most ${LIMITS.ids.max}).` }) ids: string[],
    @Arg('depth', () => Int, {
      defaultValue: 1,
      nullable: true,
      description: `How many hops out (${LIMITS.depth.min}-${LIMITS.depth.max}).`,
    })
    depth: number | null | undefined,
    @Arg('types', () => [RelationTypeEnum], { nullable: true, description: 'Only relations of these types.' })
    types: RelationType[] | null | undefined,
    @Arg('limit', () => Int, {
      defaultValue: 200,
      nullable: true,
      description: `The most relations to return (at most ${LIMITS.limit.max}); \`truncated\` says when it cut.`,
    })
    limit: number | null | undefined,
    @IncludeSuggestedArg() includeSuggested: boolean | null | undefined,
    @AssertionsArg() assertions: AssertionKind[] | null | undefined,
    @Ctx() { repositories }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    checkRange('number of ids', ids.length, LIMITS.ids);
    ids.forEach((id) => checkText('ids', id));
    const hops = checkRange('depth', depth, LIMITS.depth, 1);
    const most = checkRange('limit', limit, LIMITS.limit, 200);
    return repositories.traversal.neighbourhood(
      [...new Set(ids)],
      hops,
      types?.length ? types : null,
      most,
      relationScope(includeSuggested, assertions),
      projectionOf(info),
    );
  }
}
