import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import compression from 'compression';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { ApiContext } from './api/api-context';
import { buildApiSchema } from './api/build-api-schema';
import { compiledExecution } from './api/compiled-execution';
import { createLoaders } from './api/create-loaders';
import { CypherLoader } from './db/cypher-loader';
import { Neo4jLiveness, type LivenessSettings } from './db/neo4j-liveness';
import { QueryRunner, whilePlanning, type QueryRunnerOptions } from './db/run-query';
import { ExtractionPool, type ExtractionLimits } from './extract/extraction-pool';
import { formatError } from './errors/format-error';
import { adminAccess } from './api/common/admin-access';
import { AdmissionControl, type AdmissionLimits } from './api/common/admission-control';
import { answerOutcomePlugin } from './api/plugins/answer-outcome.plugin';
import { queryCostPlugin } from './api/plugins/query-cost.plugin';
import { requestIdPlugin } from './api/plugins/request-id.plugin';
import { clientOf, hardenedHttpServer } from './http/harden-http-server';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from './config';
import { BROTLI_OPTIONS, COMPRESSION_THRESHOLD_BYTES } from './http/compress-answer';
import { corsMiddleware } from './http/cors';
import { EXPORT_PATH, exportRoute } from './http/export-route';
import { publicBaseUrl } from './http/public-base-url';
import { graphqlHttpHandler, isGraphqlPath, type Middleware } from './http/graphql-http-handler';
import { ResponseCache } from './http/response-cache';
import { createRepositories } from './graph/repositories';
import type { GraphVersion } from './graph/graph-version';
import type { Readiness } from './health/readiness';
import { packageVersion, projectPaths } from './project-paths';

export interface AppDependencies {
  driver: Driver;
  database: string;
  readiness: Readiness;
  cypher?: CypherLoader;
  /** Where internal errors are logged, with the request's id; the client sees them masked. */
  logError?: (error: unknown, requestId: string) => void;
  /** Told the name of every Cypher statement the API sends (tests count them). */
  onQuery?: (name: string) => void;
  /** Told every read of a request that succeeded, with its parameters and rows (the benchmark replays them). */
  onRead?: QueryRunnerOptions['onRead'];
  /** The bearer token mutations need; without one, every mutation is FORBIDDEN. */
  adminToken?: string;
  /** Slots for costly queries (default: one per core, two at least, 1 per client; DEFAULT_ADMISSION_LIMITS). */
  admissionLimits?: AdmissionLimits;
  /** Threads, queue and time budget of document extraction (default: EXTRACTION_LIMITS). */
  extractionLimits?: Partial<ExtractionLimits>;
  /** How often Neo4j is probed, and how long it may take to answer (default: LIVENESS_SETTINGS). */
  livenessSettings?: Partial<LivenessSettings>;
  /** How long one read may run in Neo4j before it is stopped (default 15 s). */
  queryTimeoutMs?: number;
  /** CORS, introspection and caching (default: any origin, introspection on, 10 s max-age). */
  http?: HttpSettings;
}

/** What warmUp plans, in its order: the longest first. */
export const WARM_UP_STEPS = ['paths', 'timeline', 'entity details'] as const;

export interface WarmUpOptions {
  /** Hears of each step once Neo4j has planned it, with the milliseconds it took. */
  onPlanned?: (step: (typeof WARM_UP_STEPS)[number], ms: number) => void;
}

export interface AmurGraphServer {
  /** Everything but the GraphQL endpoint, which httpServer serves itself (graphql-http-handler.ts). */
  app: express.Express;
  httpServer: http.Server;
  /** Stops Apollo, which first drains the HTTP server's open requests. */
  stop(): Promise<void>;
  /**
   * Has Neo4j plan the statements that take long to plan (the paths', the timeline's and a long
   * list of relations': seconds each) so that no user waits for it. Resolves with the
   * milliseconds it took.
   */
  warmUp(options?: WarmUpOptions): Promise<number>;
  /** The graph's version this server knows, which its ETags derive from. */
  graphVersion: GraphVersion;
}

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 100_000;

/** The most tokens a query may have; longer ones are refused before parsing finishes. */
export const MAX_QUERY_TOKENS = 2000;

/** The largest body of a request that carries a bearer token: room for a 1 MB document, JSON-escaped. */
export const MAX_ADMIN_BODY_BYTES = 3_000_000;

/** The explorer at / and GraphiQL at /graphiql, as `npm run build` left them in web/dist. */
function serveExplorer(app: express.Express): void {
  const dist = path.join(projectPaths.root, 'web', 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    app.get(['/', '/graphiql'], (_req, res) => {
      res.status(503).type('text/plain').send('The explorer is not built: run npm run build.');
    });
    return;
  }
  app.get('/graphiql', (_req, res) => res.sendFile(path.join(dist, 'graphiql.html')));
  app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
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
  logError = (error, requestId) => console.error(`[request ${requestId}]`, error),
  onQuery,
  onRead,
  adminToken,
  queryTimeoutMs,
  admissionLimits,
  extractionLimits,
  livenessSettings,
  http: httpSettings = DEFAULT_HTTP_SETTINGS,
}: AppDependencies): Promise<AmurGraphServer> {
  const app = express();
  app.disable('x-powered-by');
  // Requests go to the GraphQL endpoint or to `app` (see the end of this function).
  const httpServer = hardenedHttpServer();

  const liveness = new Neo4jLiveness(driver, database, livenessSettings).start();
  const queries = new QueryRunner(driver, cypher, database, {
    liveness,
    ...(onQuery && { onQuery }),
    ...(onRead && { onRead }),
    ...(queryTimeoutMs !== undefined && { timeoutMs: queryTimeoutMs }),
  });
  const repositories = createRepositories(queries, new QueryRunner(driver, cypher, database, { liveness }));
  const service = { name: 'amur-graph', version: packageVersion() };

  const armor = new ApolloArmor({
    // Deep enough for three levels of relations of relations, as an explorer asks for. Fields are
    // counted, not fragments: by default armor counts a named fragment's spread as two more levels
    // and an inline fragment as one, so that moving fields into a fragment could get a query
    // refused, and the explorer's stories, written with fragments, were at the limit.
    maxDepth: { n: 16, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's token plugin
    // parses outside Apollo's error handling and turns every syntax error into a 500.
    maxTokens: { enabled: false },
    // The cost is the query-cost plugin's: armor's counts no list sizes.
    costLimit: { enabled: false },
  }).protect();

  const schema = await buildApiSchema();
  const admission = new AdmissionControl(admissionLimits);
  const extraction = new ExtractionPool(extractionLimits);
  const apollo = new ApolloServer<ApiContext>({
    // The schema, executed by compiled queries (compiled-execution.ts).
    gateway: compiledExecution(schema),
    formatError,
    ...armor,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    includeStacktraceInErrorResponses: false,
    // Explicit, never derived from NODE_ENV: Apollo turns introspection off in production, and
    // `npm start` runs in production mode (production-mode.ts).
    introspection: httpSettings.introspection,
    // The process's signals are the entry point's (index.ts), which stops this server among the
    // rest. Apollo's own handler stopped it and then raised the signal again, ending the process
    // before the local Neo4j was stopped (a Ctrl-C while the plans warmed up left Neo4j running).
    stopOnTerminationSignals: false,
    plugins: [
      ...armor.plugins,
      answerOutcomePlugin(),
      queryCostPlugin(schema, admission),
      requestIdPlugin(logError),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the plugin would otherwise hook every field of every response.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const report = await readiness.report();
    res.status(report.status === 'ready' ? 200 : 503).json(report);
  });
  // Only requests with the admin token (mutations) may send a document's worth of text: the token
  // is checked before the body is read, so a made-up one unlocks nothing.
  const bodyLimit = (req: http.IncomingMessage) =>
    adminAccess(adminToken, req.headers.authorization) === 'granted' ? MAX_ADMIN_BODY_BYTES : MAX_BODY_BYTES;
  // Bodies that cannot be read, and failures outside GraphQL: a JSON error naming the problem.
  const onError = (error: unknown, req: http.IncomingMessage, res: http.ServerResponse) => {
    const { status: code, type, message: text } = (error ?? {}) as { status?: number; type?: string; message?: string };
    const status = code && code >= 400 && code < 500 ? code : 500;
    const requestId = randomUUID();
    if (status === 500) logError(error, requestId);
    const message =
      type === 'entity.parse.failed'
        ? 'the request body is not valid JSON'
        : type === 'entity.too.large'
          ? `the request body is larger than ${bodyLimit(req)} bytes`
          : status === 500
            ? 'internal error'
            : (text ?? 'bad request');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: message, ...(status === 500 && { requestId }) }));
  };
  const responseCache = new ResponseCache(httpSettings.responseCacheBytes);
  const parseJson = express.json({ limit: MAX_BODY_BYTES });
  const parseAdminJson = express.json({ limit: MAX_ADMIN_BODY_BYTES });
  const graphql = graphqlHttpHandler({
    apollo,
    parseBody: (req, res, next) =>
      (bodyLimit(req) === MAX_ADMIN_BODY_BYTES ? parseAdminJson : parseJson)(req, res, next),
    context: (req, res) => {
      const requestId = String(res.getHeader('x-request-id'));
      return Promise.resolve({
        repositories,
        loaders: createLoaders(repositories),
        extract: extraction,
        service,
        requestId,
        admin: adminAccess(adminToken, req.headers.authorization),
        client: clientOf(req.socket),
        baseUrl: publicBaseUrl(req),
        outcome: { cacheable: false },
      });
    },
    onError,
    cache: {
      graphVersion: () => repositories.graphVersion.value,
      maxAgeSeconds: httpSettings.cacheMaxAgeSeconds,
      answers: responseCache,
    },
  });
  // Every response: compressed when the client accepts it (brotli or gzip, above 1 kB), and with
  // the CORS headers its origin may have; preflights end in the CORS step.
  const compress = compression({ threshold: COMPRESSION_THRESHOLD_BYTES, brotli: BROTLI_OPTIONS }) as Middleware;
  const cors = corsMiddleware(httpSettings.corsOrigins);
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const fail = (error: unknown) => onError(error, req, res);
    compress(req, res, (error) => {
      if (error !== undefined) return fail(error);
      cors(req, res, (failure) => {
        if (failure !== undefined) return fail(failure);
        if (isGraphqlPath(req.url)) {
          // Every answer names its request, those served from memory too: logs quote it.
          res.setHeader('x-request-id', randomUUID());
          graphql(req, res);
        } else void app(req, res);
      });
    });
  });
  await repositories.graphVersion.start();
  app.get(EXPORT_PATH, exportRoute(repositories.export, logError, randomUUID));
  serveExplorer(app);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) =>
    onError(error, req, res),
  );

  const plans: Record<(typeof WARM_UP_STEPS)[number], () => Promise<void>> = {
    paths: () => repositories.traversal.plan(),
    timeline: () => repositories.timeline.plan(),
    'entity details': () => repositories.relations.plan(),
  };
  const warmUp = async ({ onPlanned }: WarmUpOptions = {}): Promise<number> => {
    const started = performance.now();
    // Planning is costly work for Neo4j: each step takes a costly query's slot, so that it runs
    // beside no more of them than a query would, and gives it back for the queries waiting
    // before the next.
    for (const step of WARM_UP_STEPS) {
      const leave = await admission.enter('query plans warm-up');
      const stepStarted = performance.now();
      try {
        await whilePlanning(plans[step]);
      } finally {
        leave();
      }
      onPlanned?.(step, Math.round(performance.now() - stepStarted));
    }
    return Math.round(performance.now() - started);
  };
  // A Neo4j that comes back (after a freeze, a restart) may have lost its plans: make them again
  // before a user waits for them.
  const stopWarmingOnRecovery = liveness.onRecovered(() => {
    warmUp().then(
      (ms) => console.log(`Neo4j answers again; query plans warmed up in ${(ms / 1000).toFixed(1)} s.`),
      (error: unknown) => console.error(`Neo4j answers again; warming up query plans failed: ${String(error)}`),
    );
  });
  const stop = async () => {
    stopWarmingOnRecovery();
    liveness.stop();
    repositories.graphVersion.stop();
    await apollo.stop();
    await extraction.close();
  };
  return { app, httpServer, stop, warmUp, graphVersion: repositories.graphVersion };
}
