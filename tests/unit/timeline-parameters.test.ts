import { DEFAULT_SCOPE } from '../../src/domain/assertion';
import { MAX_SPAN_SCALE } from '../../src/domain/historical-date';
import { firstPage } from '../../src/graph/keyset-page';
import { timelineParameters } from '../../src/graph/timeline.repository';

const running = (longest: Map<number, number> | null, after: string | null = null) =>
  timelineParameters(
    '1860-01-01',
    '1869-12-31',
    null,
    after === null ? firstPage(100) : { ...firstPage(100), after: [after] },
    DEFAULT_SCOPE,
    undefined,
    longest,
  ).runningScales;

describe('timelineParameters: the seeks for periods running into the range', () => {
  it('look 2^scale days back when the longest spans are not known', () => {
    const scales = running(null);
    expect(scales).toHaveLength(MAX_SPAN_SCALE + 1);
    expect(scales[9]).toEqual({ scale: 9, seekFrom: '1858-08-07|', seekTo: '1860-01-01|' });
    expect(scales[16]).toEqual({ scale: 16, seekFrom: '1680-07-26|', seekTo: '1860-01-01|' });
  });

  it('look back only as far as the longest period of each scale, and not at all where a scale has none', () => {
    // A century is 36,524 days from its first day to its last; a year of 1859, 364.
    const scales = running(
      new Map([
        [9, 364],
        [16, 36_524],
      ]),
    );
    expect(scales).toHaveLength(MAX_SPAN_SCALE + 1);
    expect(scales[9]).toEqual({ scale: 9, seekFrom: '1859-01-02|', seekTo: '1860-01-01|' });
    expect(scales[16]).toEqual({ scale: 16, seekFrom: '1760-01-01|', seekTo: '1860-01-01|' });
    const empty = scales.filter((_, scale) => scale !== 9 && scale !== 16);
    expect(empty).toHaveLength(MAX_SPAN_SCALE - 1);
    expect(new Set(empty.map((seek) => JSON.stringify(seek)))).toEqual(
      new Set([JSON.stringify({ scale: -1, seekFrom: '9999-99-99|~', seekTo: '0000-00-00|' })]),
    );
  });

  it('start no earlier than the page does', () => {
    const scales = running(new Map([[16, 36_524]]), '1800-01-01|0|e1');
    expect(scales[16]).toEqual({ scale: 16, seekFrom: '1800-01-01|0|e1', seekTo: '1860-01-01|' });
  });
});
