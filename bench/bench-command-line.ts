/**
 * The benchmarks' command lines (`npm run bench`, `npm run bench:export`), parsed strictly as the
 * project's CLI parses its own (src/cli/command.ts): an unknown option, a value that is not one of
 * those offered, or a count that is not a whole number is a UsageError naming it, and nothing runs.
 */
import { parseCommandLine, UsageError } from '../src/cli/command';
import { EXPORT_FORMATS, type ExportFormat } from '../src/export/export-request';
import { SCALES } from './bench-graph';

/** What `npm run bench` is asked to do. */
export interface BenchOptions {
  help: boolean;
  smoke: boolean;
  scales: string[];
  iterations: number;
  levelSeconds: number;
  budgetSeconds: number;
  /** How the synthetic graph is loaded; by default the bulk import at a million and in the smoke run. */
  load?: 'import' | 'transactional';
  memory: 'shipped' | 'large';
  reload: boolean;
  reportOnly: boolean;
}

export const BENCH_USAGE = [
  'usage: npm run bench -- [--scale 10k,100k,1m] [--iterations 100] [--level-seconds 15] [--budget-seconds 60]',
  '                        [--load import|transactional] [--neo4j-memory shipped|large] [--reload] [--smoke]',
  '       npm run bench -- --report-only   (docs/benchmarks.md again from bench/results/)',
  `Scales: ${Object.keys(SCALES).join(', ')}. --smoke runs everything at 2k in a temporary folder and writes nothing.`,
].join('\n');

/** A whole number of at least 1, or `fallback` when the option is absent. */
function count(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--${option}: "${value}" is not a whole number of 1 or more`);
  }
  return Number(value);
}

/** One of `allowed`, or `fallback` when the option is absent. */
function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T;
function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined;
function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback?: T) {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option}: "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function scaleNames(value: string): string[] {
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !(name in SCALES));
  if (unknown.length > 0) {
    throw new UsageError(
      `--scale: unknown ${unknown.map((name) => `"${name}"`).join(', ')}: use ${Object.keys(SCALES).join(', ')}`,
    );
  }
  return names;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseCommandLine(
    {
      positionals: false,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        smoke: { type: 'boolean', default: false },
        scale: { type: 'string', default: '10k,100k,1m' },
        iterations: { type: 'string' },
        'level-seconds': { type: 'string' },
        'budget-seconds': { type: 'string' },
        load: { type: 'string' },
        'neo4j-memory': { type: 'string' },
        reload: { type: 'boolean', default: false },
        'report-only': { type: 'boolean', default: false },
      },
    },
    argv,
  );
  const smoke = values.smoke;
  const load = oneOf('load', values.load, ['import', 'transactional'] as const);
  return {
    help: values.help,
    smoke,
    scales: smoke ? ['2k'] : scaleNames(values.scale),
    iterations: count('iterations', values.iterations, smoke ? 5 : 100),
    levelSeconds: count('level-seconds', values['level-seconds'], smoke ? 2 : 15),
    budgetSeconds: count('budget-seconds', values['budget-seconds'], smoke ? 20 : 60),
    ...(load !== undefined && { load }),
    memory: oneOf('neo4j-memory', values['neo4j-memory'], ['shipped', 'large'] as const, 'shipped'),
    reload: values.reload,
    reportOnly: values['report-only'],
  };
}

/** What `npm run bench:export` is asked to do. */
export interface ExportBenchOptions {
  help: boolean;
  scale: string;
  format: ExportFormat;
  reload: boolean;
  identity: boolean;
}

export const EXPORT_BENCH_USAGE = [
  `usage: npm run bench:export -- [--scale ${Object.keys(SCALES).join('|')}] [--format ${EXPORT_FORMATS.join('|')}] [--identity] [--reload]`,
  'Defaults: --scale 1m --format gexf; --identity asks for the export uncompressed.',
].join('\n');

export function parseExportBenchOptions(argv: readonly string[]): ExportBenchOptions {
  const { values } = parseCommandLine(
    {
      positionals: false,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        scale: { type: 'string' },
        format: { type: 'string' },
        reload: { type: 'boolean', default: false },
        identity: { type: 'boolean', default: false },
      },
    },
    argv,
  );
  return {
    help: values.help,
    scale: oneOf('scale', values.scale, Object.keys(SCALES), '1m'),
    format: oneOf('format', values.format, EXPORT_FORMATS, 'gexf'),
    reload: values.reload,
    identity: values.identity,
  };
}

/**
 * Runs a benchmark's main with its parsed options: --help prints the usage (exit 0), a wrong
 * command line its message and the usage (exit 2), any other failure its stack (exit 1).
 */
export function runBenchCommand<O extends { help: boolean }>(
  argv: readonly string[],
  parse: (argv: readonly string[]) => O,
  usage: string,
  main: (options: O) => Promise<void>,
  explain: (error: unknown) => void = () => {},
): void {
  let options: O;
  try {
    options = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(usage);
    return;
  }
  main(options).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    explain(error);
    process.exit(1);
  });
}
