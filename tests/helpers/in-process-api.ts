import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { ApiContext } from '../../src/api/api-context';
import { buildApiSchema } from '../../src/api/build-api-schema';
import { adminAccess } from '../../src/api/common/admin-access';
import { createLoaders } from '../../src/api/create-loaders';
import type { Repositories } from '../../src/graph/repositories';

let schema: Promise<GraphQLSchema> | undefined;

/**
 * The API's schema run in process, with repositories that fail any test that reaches them: for
 * what the API decides before it asks the database (argument bounds, refusals, access), at no cost
 * of a Neo4j. `reached` lists the repository calls that were made.
 */
export async function executeInProcess(
  query: string,
  {
    variables,
    adminToken,
    authorization,
  }: { variables?: Record<string, unknown>; adminToken?: string; authorization?: string } = {},
): Promise<{ result: ExecutionResult; reached: string[] }> {
  const reached: string[] = [];
  const repositories = new Proxy({} as Repositories, {
    get: (_target, repository: string) =>
      new Proxy(
        {},
        {
          get: (_inner, method: string) => () => {
            reached.push(`${repository}.${method}`);
            return Promise.reject(new Error(`this test has no database, yet ${repository}.${method} was called`));
          },
        },
      ),
  });
  const contextValue: ApiContext = {
    repositories,
    loaders: createLoaders(repositories),
    extract: {
      linkKeys: () => {
        reached.push('extract');
        return Promise.reject(new Error('this test has no extraction, yet a document was extracted'));
      },
      extract: () => {
        reached.push('extract');
        return Promise.reject(new Error('this test has no extraction, yet a document was extracted'));
      },
    },
    service: { name: 'amur-graph', version: 'test' },
    requestId: 'in-process',
    admin: adminAccess(adminToken, authorization),
    client: 'in-process',
    baseUrl: 'http://127.0.0.1:4000/',
    outcome: { cacheable: false },
  };
  schema ??= buildApiSchema();
  const result = await graphql({ schema: await schema, source: query, variableValues: variables, contextValue });
  return { result, reached };
}
