import { Field, ID, InterfaceType } from 'type-graphql';

/** The GraphQL type names of what `node(id)` can return. */
export type NodeTypeName = 'Entity' | 'Relation' | 'Document' | 'Suggestion';

/** A record tagged with its GraphQL type, as `node` and `nodes` return them. */
export type TaggedNode<T> = T & { __typename: NodeTypeName };

/** The GraphQL type of what `node` and `nodes` return: the tag they put on it. */
export const nodeTypeName = (value: { __typename?: NodeTypeName }): NodeTypeName | undefined => value.__typename;

@InterfaceType({
  description:
    'Anything `node(id)` can fetch again by its id: entities, relations, documents and suggestions. Ids are the readable, stable ones each type has ("muravyov", "muravyov--SIGNED--treaty-of-aigun"), unique across types.',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'A stable id, unique across entities, relations, documents and suggestions.' })
  id!: string;
}
