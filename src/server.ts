import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { ApiContext } from './api/api-context';
import { buildApiSchema } from './api/build-api-schema';
import { CypherLoader } from './db/cypher-loader';
import { QueryRunner } from './db/run-query';
import { formatError } from './errors/format-error';
import { ServerInfoRepository } from './graph/server-info.repository';
import type { Readiness } from './health/readiness';
import { packageVersion } from './project-paths';

export interface AppDependencies {
  driver: Driver;
  database: string;
  readiness: Readiness;
  cypher?: CypherLoader;
  /** Where internal errors are logged; the client sees them masked. */
  logError?: (error: unknown) => void;
}

export interface AmurGraphServer {
  app: express.Express;
  httpServer: http.Server;
  /** Stops Apollo, which first drains the HTTP server's open requests. */
  stop(): Promise<void>;
}

/**
 * Builds the HTTP app (GraphQL at /graphql, /health, /ready) without listening: `index.ts` listens,
 * and tests listen on a port of their own.
 */
export async function createServer({
  driver,
  database,
  readiness,
  cypher = new CypherLoader(),
  logError = (error) => console.error(error),
}: AppDependencies): Promise<AmurGraphServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const queries = new QueryRunner(driver, cypher, database);
  const context: ApiContext = {
    repositories: { serverInfo: new ServerInfoRepository(queries) },
    service: { name: 'amur-graph', version: packageVersion() },
  };

  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    formatError: (formatted, error) => formatError(formatted, error, logError),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const report = await readiness.report();
    res.status(report.status === 'ready' ? 200 : 503).json(report);
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: () => Promise.resolve(context) }),
  );
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  const onError: ErrorRequestHandler = (
    error: { status?: number; type?: string; message?: string },
    _req,
    res,
    _next,
  ) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logError(error);
    const message =
      error.type === 'entity.parse.failed'
        ? 'the request body is not valid JSON'
        : status === 500
          ? 'internal error'
          : (error.message ?? 'bad request');
    res.status(status).json({ error: message });
  };
  app.use(onError);

  return { app, httpServer, stop: () => apollo.stop() };
}
