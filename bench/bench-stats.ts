/** Percentiles, and verdicts that say "inconclusive" when the samples cannot tell. */
import { Random } from './synthetic-graph';

export interface LatencyStats {
  p50: number;
  p95: number;
  p99: number;
  /** How many timed runs. */
  n: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

export function stats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), n: sorted.length };
}

export type Verdict = 'met' | 'missed' | 'inconclusive';

export interface RatioVerdict {
  /** p50 of `a` over p50 of `b`. */
  ratio: number;
  /** The 95% interval of that ratio, from 1,000 bootstrap resamples of both sides. */
  low: number;
  high: number;
  /** Met when the whole interval is at or under `limit`, missed when it is all above, else inconclusive. */
  verdict: Verdict;
  limit: number;
}

/**
 * The 95% interval of a statistic over 1,000 bootstrap resamples: `statistic` computes it from
 * the samples it passes through `resample` (each side resampled with replacement, in turn).
 */
function bootstrapInterval(
  statistic: (resample: (samples: readonly number[]) => number[]) => number,
  seed: number,
): { low: number; high: number } {
  const random = new Random(seed);
  const resample = (samples: readonly number[]) => Array.from({ length: samples.length }, () => random.pick(samples));
  const values = Array.from({ length: 1000 }, () => statistic(resample)).sort((x, y) => x - y);
  return { low: values[25]!, high: values[974]! };
}

const round = (value: number) => Math.round(value * 100) / 100;

const pth = (samples: readonly number[], p: number) =>
  percentile(
    [...samples].sort((x, y) => x - y),
    p,
  );

/** Whether p50(a) / p50(b) is at most `limit`, with the uncertainty of the samples taken into account. */
export function ratioVerdict(
  a: readonly number[],
  b: readonly number[],
  limit: number,
  seed = 22,
): RatioVerdict | null {
  if (a.length < 5 || b.length < 5) return null;
  const ratio = pth(a, 50) / pth(b, 50);
  const { low, high } = bootstrapInterval((resample) => pth(resample(a), 50) / pth(resample(b), 50), seed);
  return {
    ratio: round(ratio),
    low: round(low),
    high: round(high),
    limit,
    verdict: high <= limit ? 'met' : low > limit ? 'missed' : 'inconclusive',
  };
}

export interface PercentileVerdict {
  /** The percentile asked for (95 for p95). */
  p: number;
  /** Its value over the samples, in ms. */
  value: number;
  /** Its 95% interval, from 1,000 bootstrap resamples. */
  low: number;
  high: number;
  /** Met when the whole interval is under `limit`, missed when it is all at or above, else inconclusive. */
  verdict: Verdict;
  limit: number;
  n: number;
}

/** Fewer samples than this get no bootstrap interval, and so no verdict (see percentileVerdict). */
export const MIN_SAMPLES_FOR_INTERVAL = 20;

/**
 * The operations of a level too sparsely sampled for a verdict on their percentile, named with their
 * n, or '' when there are none: "no interval under 20 samples: resolve (n=6), stories (n=3)".
 */
export function withoutInterval(operations: readonly { operation: string; n: number }[]): string {
  const sparse = operations.filter(({ n }) => n < MIN_SAMPLES_FOR_INTERVAL);
  if (sparse.length === 0) return '';
  return `no interval under ${MIN_SAMPLES_FOR_INTERVAL} samples: ${sparse.map(({ operation, n }) => `${operation} (n=${n})`).join(', ')}`;
}

/**
 * A level's percentile verdicts, each as `describe` writes it (the log and the report round
 * differently), then the operations without one (withoutInterval), joined with "; ".
 */
export function describeVerdicts<V extends PercentileVerdict & { operation: string }>(
  verdicts: readonly V[],
  operations: readonly { operation: string; n: number }[],
  describe: (verdict: V) => string,
): string {
  return [...verdicts.map(describe), withoutInterval(operations)].filter(Boolean).join('; ');
}

/**
 * Whether the p-th percentile of `samples` is under `limit` (a latency target such as "p95 under
 * 100 ms"), with the uncertainty of the samples taken into account: a p95 of 257 requests a few
 * ms over the line says little about the next 257.
 */
export function percentileVerdict(
  samples: readonly number[],
  p: number,
  limit: number,
  seed = 22,
): PercentileVerdict | null {
  if (samples.length < MIN_SAMPLES_FOR_INTERVAL) return null;
  const { low, high } = bootstrapInterval((resample) => pth(resample(samples), p), seed);
  return {
    p,
    value: pth(samples, p),
    low: round(low),
    high: round(high),
    limit,
    n: samples.length,
    verdict: high < limit ? 'met' : low >= limit ? 'missed' : 'inconclusive',
  };
}
