import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<Result> {
  status: number;
  data?: Result | null;
  errors?: GraphQLFormattedError[];
}

/** Sends one typed operation from src/generated to a running server, as a client would. */
export async function executeOperation<Result, Variables>(
  baseUrl: string,
  document: TypedDocumentNode<Result, Variables>,
  variables?: Variables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Result>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Result>, 'status'>;
  return { status: response.status, ...body };
}
