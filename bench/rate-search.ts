/**
 * Which arrival rates the open loop runs: doubling until the API falls behind, then halving the
 * gaps that matter, so that the report gives to a quarter of their gap both the highest rate
 * sustained and the highest at which every operation keeps its latency target. Doubling, with one
 * level at three quarters of the rate that fell behind, left them coarse: sustained at 160, fallen
 * behind at 320 and 240 said nothing of 200; the target held at 80 and not at 160 said nothing of
 * 120 (at a million entities it held up to 180 once that was measured).
 */

/** What the search needs to know of a level it ran. */
export interface LevelVerdict {
  /** Kept up: the benchmark's rule for a sustained rate. */
  sustained: boolean;
  /** Sustained, and every operation within its latency target. */
  withinTarget: boolean;
}

export interface RateSearchOptions {
  /** The first rate, requests per second. */
  first: number;
  /** Halvings of each gap: 2 leaves a quarter of it. */
  probes?: number;
  /** At most this many doublings (the smoke run stops after one). */
  doublings?: number;
}

/**
 * Runs levels through `run`, each rate once, in this order: `first`, doubled while the level is
 * sustained; then `probes` halvings of the gap between the last rate sustained and the first that
 * was not; then as many of the gap between the highest rate within the target and the next rate
 * tried above it, when that gap is wider than the first search left its own.
 */
export async function searchRates(
  run: (rate: number) => Promise<LevelVerdict>,
  { first, probes = 2, doublings = Number.POSITIVE_INFINITY }: RateSearchOptions,
): Promise<void> {
  const tried = new Map<number, LevelVerdict>();
  const at = async (rate: number): Promise<LevelVerdict> => {
    const known = tried.get(rate);
    if (known) return known;
    const verdict = await run(rate);
    tried.set(rate, verdict);
    return verdict;
  };
  // The highest rate in (low, high) for which `holds`, narrowed `probes` times: low holds, high not.
  const narrow = async (low: number, high: number, holds: (verdict: LevelVerdict) => boolean) => {
    for (let probe = 0; probe < probes; probe += 1) {
      const middle = Math.round((low + high) / 2);
      if (middle <= low || middle >= high) return;
      if (holds(await at(middle))) low = middle;
      else high = middle;
    }
  };

  let rate = first;
  for (let doubling = 0; (await at(rate)).sustained && doubling < doublings; doubling += 1) rate *= 2;
  if (!tried.get(rate)!.sustained && rate > first) {
    await narrow(rate / 2, rate, (verdict) => verdict.sustained);
    // The first search's resolution: what it left between a rate sustained and one that was not.
    const resolution = rate / 2 / 2 ** probes;
    const rates = [...tried.keys()].sort((a, b) => a - b);
    const within = rates.filter((r) => tried.get(r)!.withinTarget).at(-1);
    if (within !== undefined) {
      const above = rates.find((r) => r > within);
      if (above !== undefined && above - within > resolution) await narrow(within, above, (v) => v.withinTarget);
    }
  }
}
