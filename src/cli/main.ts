/**
 * The project's command line, behind the npm scripts: `node dist/src/cli/main.js <command> ...`.
 * Options are parsed strictly (node:util parseArgs): an unknown or misspelt one is an error that
 * names it, and nothing runs. `--help` (or `-h`), alone or after a command, prints the usage.
 * Exit codes: 0 done, 1 failed, 2 wrong command line, 3 (db status) not running.
 */
import { reportFatalError } from '../errors/report-fatal-error';
import { loadDotEnv } from '../load-dot-env';
import { parseCommandLine, UsageError, type Command } from './command';

/**
 * Each command's module, loaded only when it runs: `db status` should not wait for the GraphQL
 * server's modules to load.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command<never>> }> = {
  db: {
    summary: 'the project-managed Neo4j: install, start, stop or status',
    load: async () => (await import('./db.command.js')).dbCommand as Command<never>,
  },
  ingest: {
    summary: 'validate the curated annotations and (re)load them into Neo4j',
    load: async () => (await import('./ingest.command.js')).ingestCommand as Command<never>,
  },
  'ingest-text': {
    summary: 'ingest a text file as a document, with suggestions for review',
    load: async () => (await import('./ingest-text.command.js')).ingestTextCommand as Command<never>,
  },
  export: {
    summary: 'export the graph for Gephi, Palladio or linked data (GEXF, GraphML, JSON-LD, Turtle, CSV)',
    load: async () => (await import('./export.command.js')).exportCommand as Command<never>,
  },
  'eval-extract': {
    summary: 'score the extraction pipeline against the curated annotations',
    load: async () => (await import('./eval-extract.command.js')).evalExtractCommand as Command<never>,
  },
  'docs-examples': {
    summary: 'write docs/api-examples.md from the use-case operations and their real answers',
    load: async () => (await import('./docs-examples.command.js')).docsExamplesCommand as Command<never>,
  },
  generate: {
    summary: 'write schema/schema.graphql and cypher/generated/ from the code',
    load: async () => (await import('./generate.command.js')).generateCommand as Command<never>,
  },
  'check-generated': {
    summary: 'fail when a generated file differs from what the code generates',
    load: async () => (await import('./check-generated.command.js')).checkGeneratedCommand as Command<never>,
  },
};

function usage(name?: string, definition?: Command<never>): string {
  if (name && definition) return `usage: amur ${name} ${definition.usage}`.trimEnd();
  return [
    'usage: amur <command> [options]',
    ...Object.entries(COMMANDS).map(([command, { summary }]) => `  ${command.padEnd(16)}${summary}`),
  ].join('\n');
}

/** Asked for the usage: `--help` or `-h`, alone or after a command. */
const HELP = new Set(['--help', '-h']);

async function main([name, ...argv]: string[]): Promise<number> {
  if (name !== undefined && HELP.has(name)) {
    console.log(usage());
    return 0;
  }
  const entry = name === undefined ? undefined : COMMANDS[name];
  if (!entry) {
    console.error(name === undefined ? usage() : `unknown command '${name}'\n${usage()}`);
    return 2;
  }
  const definition = await entry.load();
  if (argv.some((arg) => HELP.has(arg))) {
    console.log(`${usage(name, definition)}\n${entry.summary}`);
    return 0;
  }
  try {
    const args = parseCommandLine(definition, argv);
    loadDotEnv();
    return await definition.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${usage(name, definition)}`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    reportFatalError(error);
    process.exit(1);
  },
);
