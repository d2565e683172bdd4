import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ErrorCode } from '../../src/errors/error-code';

/** The API answered with an error, or could not be reached; the message is for people. */
export class ApiError extends Error {}

/** Told when the API is busy and a request will be sent again in `seconds`. */
export type BusyListener = (seconds: number) => void;

let onBusy: BusyListener = () => {};

/** Who hears that the API is busy and a request waits to be sent again (the page's status line). */
export function whenBusy(listener: BusyListener): void {
  onBusy = listener;
}

/**
 * How often a request the API refused as busy (TOO_MANY_REQUESTS: costly queries already running,
 * as while it plans its statements again after Neo4j came back) is sent again, after the seconds the API
 * asks for. Such a refusal comes before any work, so sending again is safe for mutations too.
 */
const BUSY_RETRIES = 3;
const LONGEST_BUSY_WAIT_SECONDS = 30;

type GraphQLBody<Result> = {
  data?: Result | null;
  errors?: { message: string; extensions?: { code?: unknown; retryAfterSeconds?: unknown } }[];
};

/** The seconds to wait before sending again, when every error says the API is busy; else null. */
function busyWait(errors: NonNullable<GraphQLBody<unknown>['errors']>): number | null {
  if (!errors.every((error) => error.extensions?.code === ErrorCode.TOO_MANY_REQUESTS)) return null;
  const asked = Math.max(...errors.map((error) => Number(error.extensions?.retryAfterSeconds) || 1));
  return Math.min(LONGEST_BUSY_WAIT_SECONDS, Math.max(1, asked));
}

/** Sends one typed operation from src/generated to /graphql. */
export async function request<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables?: Variables,
  headers: Record<string, string> = {},
): Promise<Result> {
  for (let attempt = 0; ; attempt += 1) {
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
    let body: GraphQLBody<Result>;
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError(`The API answered ${response.status} without a GraphQL body.`);
    }
    if (body.errors?.length) {
      const wait = busyWait(body.errors);
      if (wait !== null && attempt < BUSY_RETRIES) {
        onBusy(wait);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
        continue;
      }
      throw new ApiError(body.errors.map((error) => error.message).join('; '));
    }
    if (!body.data) throw new ApiError(`The API answered ${response.status} without data.`);
    return body.data;
  }
}
