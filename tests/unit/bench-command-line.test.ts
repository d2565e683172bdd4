import { parseBenchOptions, parseExportBenchOptions } from '../../bench/bench-command-line';
import { UsageError } from '../../src/cli/command';

const refusal = (parse: () => unknown): string => {
  try {
    parse();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('the benchmarks’ command lines', () => {
  it('gives the defaults of a whole run, and of the smoke run', () => {
    expect(parseBenchOptions([])).toEqual({
      help: false,
      smoke: false,
      scales: ['10k', '100k', '1m'],
      iterations: 100,
      levelSeconds: 15,
      budgetSeconds: 60,
      memory: 'shipped',
      reload: false,
      reportOnly: false,
    });
    expect(parseBenchOptions(['--smoke'])).toMatchObject({
      scales: ['2k'],
      iterations: 5,
      levelSeconds: 2,
      budgetSeconds: 20,
    });
  });

  it('reads every option it offers', () => {
    expect(
      parseBenchOptions([
        '--scale',
        '1M, 100k',
        '--iterations',
        '20',
        '--level-seconds',
        '5',
        '--budget-seconds',
        '30',
        '--load',
        'transactional',
        '--neo4j-memory',
        'large',
        '--reload',
      ]),
    ).toEqual({
      help: false,
      smoke: false,
      scales: ['1m', '100k'],
      iterations: 20,
      levelSeconds: 5,
      budgetSeconds: 30,
      load: 'transactional',
      memory: 'large',
      reload: true,
      reportOnly: false,
    });
    expect(parseBenchOptions(['--help']).help).toBe(true);
    expect(parseBenchOptions(['-h']).help).toBe(true);
    expect(parseBenchOptions(['--report-only']).reportOnly).toBe(true);
  });

  it('refuses what it does not offer, naming the option and the value', () => {
    expect(refusal(() => parseBenchOptions(['--scale', '3m,1m,huge']))).toBe(
      '--scale: unknown "3m", "huge": use 2k, 10k, 100k, 1m',
    );
    expect(refusal(() => parseBenchOptions(['--iterations', 'abc']))).toBe(
      '--iterations: "abc" is not a whole number of 1 or more',
    );
    expect(refusal(() => parseBenchOptions(['--level-seconds', '0']))).toBe(
      '--level-seconds: "0" is not a whole number of 1 or more',
    );
    expect(refusal(() => parseBenchOptions(['--budget-seconds', '2.5']))).toBe(
      '--budget-seconds: "2.5" is not a whole number of 1 or more',
    );
    expect(refusal(() => parseBenchOptions(['--load', 'csv']))).toBe(
      '--load: "csv" is not one of import, transactional',
    );
    expect(refusal(() => parseBenchOptions(['--neo4j-memory', 'huge']))).toBe(
      '--neo4j-memory: "huge" is not one of shipped, large',
    );
    expect(refusal(() => parseBenchOptions(['--chek']))).toBe("unknown option '--chek'");
    expect(refusal(() => parseBenchOptions(['1m']))).toBe("unexpected argument '1m'");
  });

  it('reads and checks the export benchmark’s options', () => {
    expect(parseExportBenchOptions([])).toEqual({
      help: false,
      scale: '1m',
      format: 'gexf',
      reload: false,
      identity: false,
    });
    expect(parseExportBenchOptions(['--scale', '100k', '--format', 'csv.zip', '--identity'])).toMatchObject({
      scale: '100k',
      format: 'csv.zip',
      identity: true,
    });
    expect(refusal(() => parseExportBenchOptions(['--format', 'pdf']))).toBe(
      '--format: "pdf" is not one of gexf, graphml, jsonld, ttl, csv.zip',
    );
    expect(refusal(() => parseExportBenchOptions(['--scale', '5k']))).toBe(
      '--scale: "5k" is not one of 2k, 10k, 100k, 1m',
    );
  });
});
