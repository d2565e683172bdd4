import { isIntrospectionType, isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildApiSchema } from '../../src/api/build-api-schema';

/**
 * The fields of the API's object types (not Query or Mutation) that have no resolver method of
 * their own (`@FieldResolver`), and those of them that still have a resolve function.
 *
 * type-graphql gives every such field a wrapper that reads the property, unless its type is
 * declared with `simpleResolvers: true`; graphql-jit then calls it as a resolver, where a field
 * without one is a property read in the compiled query.
 */
function plainFields(schema: GraphQLSchema): { plain: string[]; wrapped: string[] } {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const computed = new Set(
    storage.fieldResolvers.map((resolver) => `${typeNames.get(resolver.getObjectType?.())}.${resolver.schemaName}`),
  );
  const plain: string[] = [];
  const wrapped: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    if (type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (computed.has(name)) continue;
      plain.push(name);
      if (field.resolve) wrapped.push(name);
    }
  }
  return { plain, wrapped };
}

describe('the schema', () => {
  it('reads every field without a resolver method straight from its object', async () => {
    const { plain, wrapped } = plainFields(await buildApiSchema());
    // The walk reaches the API's own types, dates and assertions among them.
    expect(plain).toEqual(
      expect.arrayContaining(['Entity.name', 'Relation.type', 'HistoricalDate.iso', 'Assertion.kind']),
    );
    expect(wrapped).toEqual([]);
  });

  it('keeps the fields computed by resolver methods as resolvers', async () => {
    const schema = await buildApiSchema();
    const date = schema.getType('HistoricalDate');
    const relation = schema.getType('Relation');
    if (!isObjectType(date) || !isObjectType(relation)) throw new Error('HistoricalDate and Relation are object types');
    expect(date.getFields().gregorian?.resolve).toBeInstanceOf(Function);
    expect(relation.getFields().citation?.resolve).toBeInstanceOf(Function);
  });
});
