import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../api-context';
import { checkRange, checkText, LIMITS } from '../common/limits';
import { projectionOf } from '../common/projection';
import { Node, type TaggedNode } from './node.type';

type AnyRecord = TaggedNode<{ id: string }>;

/**
 * Every kind of node with these ids, tagged with its type. Ids are unique across kinds (entities
 * and documents share no id: ingestDocument refuses an entity's id); where one is found under two
 * kinds anyway, the entity wins, then the relation, the document, the suggestion.
 */
async function findNodes(ids: readonly string[], context: ApiContext, info: GraphQLResolveInfo) {
  const { repositories } = context;
  const [entities, relations, documents, suggestions] = await Promise.all([
    repositories.entities.byIds(ids),
    repositories.relations.byIds(ids, projectionOf(info)),
    repositories.documents.byIds(ids),
    repositories.suggestions.byIds(ids),
  ]);
  const found = new Map<string, AnyRecord>();
  const tag = (typename: TaggedNode<object>['__typename'], records: Map<string, { id: string }>) => {
    for (const [id, record] of records) if (!found.has(id)) found.set(id, { ...record, __typename: typename });
  };
  tag('Entity', entities);
  tag('Relation', relations);
  tag('Document', documents);
  tag('Suggestion', suggestions);
  return found;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'The entity, relation, document or suggestion with this id, or null (Relay object identification).',
  })
  async node(
    @Arg('id', () => ID, { description: 'An id as any `Node` gives it.' }) id: string,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AnyRecord | null> {
    checkText('id', id);
    return (await findNodes([id], context, info)).get(id) ?? null;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `The nodes with these ids, in the same order, null where an id names nothing; at most ${LIMITS.ids.max} ids.`,
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Ids as `Node`s give them.' }) ids: string[],
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(AnyRecord | null)[]> {
    checkRange('number of ids', ids.length, LIMITS.ids);
    ids.forEach((id) => checkText('ids', id));
    const found = await findNodes([...new Set(ids)], context, info);
    return ids.map((id) => found.get(id) ?? null);
  }
}
