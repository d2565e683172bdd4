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

/** Whether p50(a) / p50(b) is at most `limit`, with the uncertainty of the samples taken into account. */
export function ratioVerdict(
  a: readonly number[],
  b: readonly number[],
  limit: number,
  seed = 22,
): RatioVerdict | null {
  if (a.length < 5 || b.length < 5) return null;
  const median = (samples: readonly number[]) =>
    percentile(
      [...samples].sort((x, y) => x - y),
      50,
    );
  const ratio = median(a) / median(b);
  const random = new Random(seed);
  const resample = (samples: readonly number[]) => Array.from({ length: samples.length }, () => random.pick(samples));
  const ratios = Array.from({ length: 1000 }, () => median(resample(a)) / median(resample(b))).sort((x, y) => x - y);
  const low = ratios[25]!;
  const high = ratios[974]!;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    ratio: round(ratio),
    low: round(low),
    high: round(high),
    limit,
    verdict: high <= limit ? 'met' : low > limit ? 'missed' : 'inconclusive',
  };
}
