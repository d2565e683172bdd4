import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A connect-style middleware: body parsers. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface GraphqlHttpOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  /** Parses the JSON body into `req.body` (its size limit may depend on the request). */
  parseBody: Middleware;
  context: (req: IncomingMessage, res: ServerResponse) => Promise<Context>;
  /** Answers a request whose body could not be read, or that failed outside GraphQL. */
  onError: (error: unknown, req: IncomingMessage, res: ServerResponse) => void;
}

/** Whether a request is for the GraphQL endpoint: /graphql, with or without a query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = url?.split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
}

/**
 * The GraphQL endpoint straight on Node's http, as Apollo Server's own standalone server serves it:
 * the body parsed, then Apollo's executeHTTPGraphQLRequest. Express's router, request set-up and
 * `res.send` (which hashes every response for an ETag) took about 0.3 ms of each request, a fifth
 * of the API's own work on small queries (CPU profile at 1M entities); the rest of the app (health,
 * readiness, the explorer) stays on Express.
 */
export function graphqlHttpHandler<Context extends BaseContext>({
  apollo,
  parseBody,
  context,
  onError,
}: GraphqlHttpOptions<Context>): (req: IncomingMessage, res: ServerResponse) => void {
  const respond = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: query === -1 ? '' : url.slice(query),
        body: (req as { body?: unknown }).body,
      },
      context: () => context(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
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
