import { ErrorCode } from '../errors/error-code';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compressAnswer } from './compress-answer';
import { cacheControlFor, etagFor, matchesIfNoneMatch } from './http-cache';
import type { CachedAnswer, ResponseCache } from './response-cache';

/** The largest answer sent, in bytes of JSON: larger ones are replaced by RESPONSE_TOO_LARGE. */
export const MAX_RESPONSE_BYTES = 8_000_000;

function responseTooLarge(size: number): { data: null; errors: object[] } {
  return {
    data: null,
    errors: [
      {
        message: `the answer is ${size} bytes, more than the ${MAX_RESPONSE_BYTES} bytes the server sends at once; ask for fewer items or fields, or page through them`,
        extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, size, limit: MAX_RESPONSE_BYTES },
      },
    ],
  };
}

/** A connect-style middleware: body parsers. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** What the handler learns of an answer from inside Apollo (see answerPlugin in server.ts). */
export interface AnswerOutcome {
  /** A query that ran without errors: its answer may carry an ETag and be cached. */
  cacheable: boolean;
  /** Less than the query asked for, for want of resources at that moment (see TraversalResolver.paths): not cached. */
  partial?: boolean;
}

export interface GraphqlHttpOptions<Context extends BaseContext & { outcome: AnswerOutcome }> {
  apollo: ApolloServer<Context>;
  /** Parses the JSON body into `req.body` (its size limit may depend on the request). */
  parseBody: Middleware;
  context: (req: IncomingMessage, res: ServerResponse) => Promise<Context>;
  /** Answers a request whose body could not be read, or that failed outside GraphQL. */
  onError: (error: unknown, req: IncomingMessage, res: ServerResponse) => void;
  /**
   * HTTP caching of GET answers: the graph's version now (null while unknown), and their max-age;
   * with `answers`, queries' answers are also kept in memory and served from there (`x-cache: hit`).
   */
  cache: { graphVersion: () => string | null; maxAgeSeconds: number; answers?: ResponseCache };
}

/** Whether a request is for the GraphQL endpoint: /graphql, with or without a query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = url?.split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
}

/** The codes of errors in a GraphQL request itself: its document, its validation, its variables. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COSTLY',
]);

/**
 * The status GraphQL over HTTP asks for. Apollo answers 400 to a request whose document does not
 * parse or validate, or whose variables do not fit, whatever the client accepts; the spec wants
 * that only for `application/graphql-response+json`. A client that accepts only
 * `application/json` gets 200 with the errors in the body (audits 572B, FDE2 of graphql-http).
 */
function specStatus(response: HTTPGraphQLResponse): number {
  const status = response.status ?? 200;
  if (status !== 400 || response.body.kind !== 'complete') return status;
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) return status;
  try {
    const body = JSON.parse(response.body.string) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    const requestErrors = codes.length > 0 && codes.every((code) => REQUEST_ERROR_CODES.has(String(code)));
    return requestErrors && !('data' in body) ? 200 : status;
  } catch {
    return status;
  }
}

/**
 * The GraphQL endpoint straight on Node's http, as Apollo Server's own standalone server serves it:
 * the body parsed, then Apollo's executeHTTPGraphQLRequest. Express's router, request set-up and
 * `res.send` (which hashes every response for an ETag) took about 0.3 ms of each request, a fifth
 * of the API's own work on small queries (CPU profile at 1M entities); the rest of the app (health,
 * readiness, the explorer) stays on Express.
 *
 * GET answers to queries that ran without errors carry an ETag derived from the graph's version and
 * the request, and Cache-Control; a matching If-None-Match gets 304 without a body. Everything
 * else (POST, mutations, errors) is `no-store`.
 */
export function graphqlHttpHandler<Context extends BaseContext & { outcome: AnswerOutcome }>({
  apollo,
  parseBody,
  context,
  onError,
  cache,
}: GraphqlHttpOptions<Context>): (req: IncomingMessage, res: ServerResponse) => void {
  const respond = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const method = (req.method ?? 'GET').toUpperCase();
    // The version before the work: if a write lands meanwhile, the answer gets no ETag and is not
    // kept (below).
    const readAt = cache.graphVersion();
    const version = method === 'GET' ? readAt : null;
    const key = readAt === null ? null : (cache.answers?.keyOf(req, readAt) ?? null);
    const kept = key === null ? undefined : cache.answers?.get(key, readAt!);
    if (kept) {
      send(req, res, kept, version, 'hit');
      return;
    }
    let contextValue: Context | undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method,
        headers,
        search: query === -1 ? '' : url.slice(query),
        body: (req as { body?: unknown }).body,
      },
      context: async () => (contextValue = await context(req, res)),
    });
    const status = specStatus(response);
    const unchanged = readAt !== null && cache.graphVersion() === readAt;
    const cacheable = status === 200 && contextValue?.outcome.cacheable === true && unchanged;
    if (response.body.kind === 'complete') {
      // Encoded once: the bytes are sent, counted against the limit, and kept.
      const body = Buffer.from(response.body.string);
      if (body.length > MAX_RESPONSE_BYTES) {
        // The cost model refuses what it can foresee; this catches what it could not (lists the
        // data bounds, grown past their usual size), before the answer takes the client's memory.
        const refusal = Buffer.from(JSON.stringify(responseTooLarge(body.length)));
        send(req, res, { status, headers: [...response.headers], body: refusal }, null);
        return;
      }
      const answer: CachedAnswer = { status, headers: [...response.headers], body };
      if (cacheable && key !== null) cache.answers?.set(key, readAt, answer);
      send(req, res, answer, cacheable ? version : null, key === null ? undefined : 'miss');
      return;
    }
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = status;
    res.setHeader('cache-control', 'no-store');
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  /**
   * Sends a whole answer: with an ETag and Cache-Control when `version` is the graph's version it
   * was read at (GET answers that may be cached), 304 without a body when the client holds it.
   */
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    answer: CachedAnswer,
    version: string | null,
    served?: 'hit' | 'miss',
  ): void => {
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status;
    if (served) res.setHeader('x-cache', served);
    if ((req.method ?? 'GET').toUpperCase() === 'GET') res.setHeader('vary', 'Accept, Accept-Encoding, Origin');
    if (version === null || answer.status !== 200) {
      res.setHeader('cache-control', 'no-store');
    } else {
      const etag = etagFor(version, req);
      res.setHeader('etag', etag);
      res.setHeader('cache-control', cacheControlFor(cache.maxAgeSeconds));
      if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
        res.statusCode = 304;
        res.removeHeader('content-type');
        res.removeHeader('content-length');
        res.end();
        return;
      }
    }
    const compressed = compressAnswer(req, answer.body);
    if (compressed === null) {
      res.end(answer.body);
      return;
    }
    // The compression middleware leaves an answer with a Content-Encoding as it is.
    res.setHeader('content-encoding', compressed.encoding);
    res.setHeader('content-length', compressed.body.length);
    res.end(compressed.body);
  };
  return (req, res) => {
    parseBody(req, res, (error) => {
      if (error !== undefined) {
        onError(error, req, res);
        return;
      }
      respond(req, res).catch((failure: unknown) => onError(failure, req, res));
    });
  };
}
