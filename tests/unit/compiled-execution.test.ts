import type * as GraphqlModule from 'graphql';
import {
  GraphQLError,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  isAbstractType,
  parse,
} from 'graphql';
import { buildApiSchema } from '../../src/api/build-api-schema';
import { COMPILE_AFTER_EXECUTIONS, compiledExecution } from '../../src/api/compiled-execution';

// graphql-js's execute, counted: the executor uses it until a document is compiled.
const executed = jest.fn();
jest.mock('graphql', () => {
  const actual = jest.requireActual<typeof GraphqlModule>('graphql');
  return {
    ...actual,
    execute: (...args: Parameters<typeof actual.execute>) => {
      executed();
      return actual.execute(...args);
    },
  };
});

const SCHEMA = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      greeting: {
        type: new GraphQLNonNull(GraphQLString),
        args: { name: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: (_root, { name }: { name: string }) => `Hello, ${name}`,
      },
      failing: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('no such thing', { extensions: { code: 'BAD_USER_INPUT' } });
        },
      },
    },
  }),
});

async function executorFor(schema: GraphQLSchema) {
  const gateway = compiledExecution(schema);
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => (apiSchema = loaded));
  const { executor } = await gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } });
  if (!executor) throw new Error('the gateway gave no executor');
  return { executor, apiSchema };
}

function requestOf(query: string, variables: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions[0]!;
  return { document, operation, operationName: null, request: { query, variables }, context: {} } as never;
}

describe('compiledExecution', () => {
  beforeEach(() => executed.mockClear());

  it('hands Apollo the schema, and answers with graphql-js first, then with the compiled query, the same', async () => {
    const { executor, apiSchema } = await executorFor(SCHEMA);
    expect(apiSchema).toBe(SCHEMA);
    const request = requestOf('query($n: String!) { greeting(name: $n) }', { n: 'Amur' });
    const answers = [];
    for (let n = 0; n < COMPILE_AFTER_EXECUTIONS + 2; n += 1) answers.push(await executor(request));
    expect(executed).toHaveBeenCalledTimes(COMPILE_AFTER_EXECUTIONS - 1);
    expect(answers.map((answer) => JSON.stringify(answer))).toEqual(
      answers.map(() => JSON.stringify({ data: { greeting: 'Hello, Amur' } })),
    );
  });

  it("refuses an ill-typed variable with graphql-js's own error, which Apollo answers as BAD_USER_INPUT", async () => {
    const { executor } = await executorFor(SCHEMA);
    const answer = await executor(requestOf('query($n: String!) { greeting(name: $n) }', { n: 3 }));
    expect(answer.errors?.[0]?.message).toBe(
      'Variable "$n" got invalid value 3; String cannot represent a non string value: 3',
    );
    expect(executed).not.toHaveBeenCalled();
  });

  it('gives compiled errors whose messages plugins may rewrite, with their path, locations and code', async () => {
    const { executor } = await executorFor(SCHEMA);
    const request = requestOf('{ failing }', {});
    const first = await executor(request);
    const compiled = await executor(request);
    expect(executed).toHaveBeenCalledTimes(1);
    const error = compiled.errors![0]!;
    expect(error.toJSON()).toEqual(first.errors![0]!.toJSON());
    expect(error.toJSON()).toMatchObject({ path: ['failing'], locations: [{ line: 1, column: 3 }] });
    error.message = 'rewritten';
    expect(error.message).toBe('rewritten');
  });

  it("resolves the API's abstract types at once, as graphql-jit needs (type-graphql's are async)", async () => {
    const schema = await buildApiSchema();
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    expect(abstract.map((type) => type.name)).toContain('Node');
    for (const type of abstract) {
      for (const possible of schema.getPossibleTypes(type)) {
        const resolved = type.resolveType?.({ __typename: possible.name }, {}, {} as never, type);
        expect(resolved).toBe(possible.name);
      }
    }
  });
});
