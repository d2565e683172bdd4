import { DEFAULT_SCOPE } from '../../src/domain/assertion';
import { dayNumber, spanScale } from '../../src/domain/historical-date';
import type { RelationType } from '../../src/domain/ontology';
import { firstPage, type PageRequest } from '../../src/graph/keyset-page';
import { timelineKey } from '../../src/graph/model/stored-dates';
import {
  readLongestSpans,
  timelineParameters,
  timelineStatement,
  TimelineRepository,
  type LongestSpans,
} from '../../src/graph/timeline.repository';
import { startApiFixture, stopApiFixture, type ApiFixture } from '../helpers/api-fixture';

type Row = { entity: unknown[] | null; relation: unknown[] | null; key: string };

const DATASET = 'test-longest-spans';

/**
 * A timeline page looks back for the periods that run into its range as far as the longest period
 * of each span scale, where it knows them, instead of 2^scale days: at a million entities that
 * read a third of the index entries. The pages must be the same either way, and a period written
 * after the spans were read must still be found.
 */
describe('the timeline with the longest span of each scale', () => {
  let api: ApiFixture;
  let longest: LongestSpans;

  beforeAll(async () => {
    api = await startApiFixture();
    longest = await readLongestSpans(api.service.queries);
  }, 120_000);
  afterAll(async () => {
    await api?.driver.executeQuery(
      'MATCH (n) WHERE n.dataset = $dataset DETACH DELETE n',
      { dataset: DATASET },
      { database: api.service.connection.database },
    );
    await stopApiFixture(api);
  });

  it('knows the curated periods, each within its scale', () => {
    expect(longest.size).toBeGreaterThan(1);
    for (const [scale, days] of longest) {
      expect(spanScale(days)).toBe(scale);
    }
    // Somewhere the bound is tighter than 2^scale, or there is nothing to gain.
    expect([...longest].some(([scale, days]) => days < 2 ** scale)).toBe(true);
  });

  const page = (
    from: string,
    to: string,
    types: RelationType[] | null,
    request: PageRequest,
    spans: LongestSpans | null,
  ): Promise<Row[]> =>
    api.service.queries.read<Row>(
      timelineStatement(types, request),
      timelineParameters(from, to, types, request, DEFAULT_SCOPE, undefined, spans),
    );

  it.each([
    ['1689-01-01', '1700-12-31'],
    ['1750-01-01', '1759-12-31'],
    ['1849-01-01', '1851-12-31'],
    ['1858-05-01', '1858-06-30'],
    ['1860-01-01', '1869-12-31'],
    ['1860-11-02', '1860-11-02'],
  ])('gives the same pages from %s to %s, forward and backward, of every lane and of some', async (from, to) => {
    let compared = 0;
    for (const types of [null, ['SIGNED', 'CEDED', 'FOUNDED'] as RelationType[]]) {
      for (const direction of ['forward', 'backward'] as const) {
        let request: PageRequest = { ...firstPage(4), direction };
        // Three pages, each after (or before) the last key of the one before.
        for (let n = 0; n < 3; n += 1) {
          const tight = await page(from, to, types, request, longest);
          const wide = await page(from, to, types, request, null);
          expect(tight).toEqual(wide);
          compared += tight.length;
          if (tight.length <= 4) break;
          const key = [tight[3]!.key];
          request = direction === 'forward' ? { ...request, after: key } : { ...request, before: key };
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('finds a period written after the spans were read, once the graph version has changed', async () => {
    // 1700-01-01 to 1789-07-14, 32,701 days: scale 15, longer than any curated period of that scale.
    const spanFrom = '1700-01-01';
    const spanTo = '1789-07-14';
    const days = dayNumber(spanTo) - dayNumber(spanFrom);
    const scale = spanScale(days);
    const from = '1789-07-01';
    // What the test shows: the curated periods of this scale do not reach back to its start.
    expect(longest.get(scale) ?? 0).toBeLessThan(dayNumber(from) - dayNumber(spanFrom));

    const version = { value: 'before' };
    const timeline = new TimelineRepository(api.service.queries, version);
    await timeline.plan();
    const id = 'test-long-period';
    await api.driver.executeQuery(
      `CREATE (:Entity {id: $id, type: 'EVENT', name: 'A long period', dataset: $dataset})
       CREATE (:TimelineEntry {id: $id, kind: 'ENTITY', lane: 'ENTITY', spanFrom: $spanFrom, spanTo: $spanTo,
         spanScale: $scale, startPrecisionRank: 3, timelineKey: $key, suggested: false, dataset: $dataset})`,
      { id, dataset: DATASET, spanFrom, spanTo, scale, key: timelineKey(spanFrom, 3, id) },
      { database: api.service.connection.database },
    );
    const found = async () =>
      (await timeline.entries(from, '1789-07-31', null, firstPage(100))).some((entry) => entry.item.entity?.id === id);

    // The spans read before the write do not reach it: they serve only the version they were read at.
    expect(await found()).toBe(false);
    // The write changed the version: until the spans are read again, the pages look 2^scale back.
    version.value = 'after';
    expect(await found()).toBe(true);
    await timeline.plan();
    expect(await found()).toBe(true);
  });
});
