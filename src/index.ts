/**
 * Starts the service: settings, Neo4j (the project-managed one when NEO4J_URI is unset),
 * migrations, the curated data (loaded when missing or changed), then the HTTP server. Every
 * start-up failure is one line on stderr and exit code 1.
 */
import './production-mode';
import 'reflect-metadata';
import { bootstrap } from './bootstrap';
import { ConfigError, loadConfig, type Config } from './config';
import { reportFatalError } from './errors/report-fatal-error';
import { loadDotEnv } from './load-dot-env';
import { applyMemoryPolicy } from './memory-policy';
import { createServer, WARM_UP_STEPS, type AmurGraphServer } from './server';

const log = (line: string) => console.log(line);

/** What must be undone on exit, newest first. */
const cleanups: (() => Promise<unknown>)[] = [];
let shuttingDown = false;

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  if (signal !== 'error') log(`${signal}: shutting down...`);
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`while shutting down: ${(error as Error).message}`);
    }
  }
  process.exit(signal === 'error' ? 1 : 0);
}

async function listen(server: AmurGraphServer, config: Config): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new ConfigError([
          error.code === 'EADDRINUSE'
            ? `invalid setting PORT: ${config.host}:${config.port} is already in use`
            : `cannot listen on ${config.host}:${config.port}: ${error.message}`,
        ]),
      ),
    );
    server.httpServer.listen(config.port, config.host, resolve);
  });
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  applyMemoryPolicy(config);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));

  const { connection, driver, cypher, readiness } = await bootstrap(config, {
    log,
    onCleanup: (cleanup) => cleanups.push(cleanup),
  });

  const server = await createServer({
    driver,
    database: connection.database,
    readiness,
    cypher,
    http: config.http,
    ...(config.adminToken !== undefined && { adminToken: config.adminToken }),
  });
  cleanups.push(() => server.stop());
  // Planned before it serves: the first paths, timeline or long entity page would otherwise wait
  // for its plan (the paths' 16-19 s just after Neo4j started), and the explorer's other first
  // requests behind it. Two at a time took longer (29 s against 24-28), the JIT compilers of a
  // fresh Neo4j taking the other core.
  log('Planning the costliest statements before it serves (about 25 s after Neo4j starts, a second once planned)...');
  try {
    const ms = await server.warmUp({
      onPlanned: (step, stepMs) =>
        log(
          `  ${step}: planned in ${(stepMs / 1000).toFixed(1)} s (${WARM_UP_STEPS.indexOf(step) + 1} of ${WARM_UP_STEPS.length})`,
        ),
    });
    log(`Query plans warmed up in ${(ms / 1000).toFixed(1)} s.`);
  } catch (error) {
    log(
      `Warming up query plans failed (the first timeline, paths and entity details requests will be slow): ${String(error)}`,
    );
  }
  // A signal while the plans were made: shutdown() stops everything and exits.
  if (shuttingDown) return;
  await listen(server, config);
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  log(`Amur Graph is ready: ${base}/graphql (Neo4j at ${connection.uri})`);
  log(`  explorer: ${base}/`);
  log(`  GraphiQL: ${base}/graphiql`);
}

main().catch(async (error: unknown) => {
  reportFatalError(error);
  await shutdown('error');
});
