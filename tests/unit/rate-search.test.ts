import { searchRates, type LevelVerdict, type RateSearchOptions } from '../../bench/rate-search';

/** The rates a search runs against a machine that sustains up to `capacity` and keeps the target up to `target`. */
async function ratesRun(capacity: number, target: number, options: RateSearchOptions): Promise<number[]> {
  const rates: number[] = [];
  await searchRates((rate): Promise<LevelVerdict> => {
    rates.push(rate);
    return Promise.resolve({ sustained: rate <= capacity, withinTarget: rate <= Math.min(target, capacity) });
  }, options);
  return rates;
}

describe('the open loop’s search for rates', () => {
  it('doubles until a level falls behind, then narrows the highest sustained and the highest within the target', async () => {
    const rates = await ratesRun(210, 130, { first: 5 });
    // 320 fell behind after 160: 240 no, 200 yes. The target held at 80, not at 160: 120 yes, 140 no.
    expect(rates).toEqual([5, 10, 20, 40, 80, 160, 320, 240, 200, 120, 140]);
  });

  it('runs no level twice and leaves the target alone when the first search already bounds it closely', async () => {
    // The target holds wherever the rate is sustained: 200 within, 240 not, a gap no wider than the first left.
    const rates = await ratesRun(210, 1_000, { first: 5 });
    expect(rates).toEqual([5, 10, 20, 40, 80, 160, 320, 240, 200]);
    expect(new Set(rates).size).toBe(rates.length);
  });

  it('narrows nothing when no rate kept the target, or when the first level falls behind', async () => {
    expect(await ratesRun(210, 1, { first: 5 })).toEqual([5, 10, 20, 40, 80, 160, 320, 240, 200]);
    expect(await ratesRun(3, 3, { first: 5 })).toEqual([5]);
  });

  it('stops after the doublings it is given, as the smoke run does', async () => {
    expect(await ratesRun(1_000, 1_000, { first: 10, probes: 0, doublings: 1 })).toEqual([10, 20]);
  });
});
