import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** The API answered with an error, or could not be reached; the message is for people. */
export class ApiError extends Error {}

/** Sends one typed operation from src/generated to /graphql. */
export async function request<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables?: Variables,
  headers: Record<string, string> = {},
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw new ApiError('Cannot reach the Amur Graph API. Is the server running?');
  }
  let body: { data?: Result | null; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The API answered ${response.status} without a GraphQL body.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((error) => error.message).join('; '));
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data.`);
  return body.data;
}
