import { DEFAULT_SCOPE } from '../../src/domain/assertion';
import { MAX_SPAN_SCALE } from '../../src/domain/historical-date';
import { firstPage, type PageRequest } from '../../src/graph/keyset-page';
import { timelineParameters } from '../../src/graph/timeline.repository';

const running = (
  longest: Map<number, number> | null,
  page: PageRequest = firstPage(100),
): { scale: number; seekFrom: string; seekTo: string }[] =>
  timelineParameters('1860-01-01', '1869-12-31', null, page, DEFAULT_SCOPE, undefined, longest).runningScales;

const ofScale = (seeks: ReturnType<typeof running>, scale: number) => seeks.find((seek) => seek.scale === scale);

const NOTHING = { scale: -1, seekFrom: '9999-99-99|~', seekTo: '0000-00-00|' };

describe('timelineParameters: the seeks for periods running into the range', () => {
  it('look 2^scale days back when the longest spans are not known', () => {
    const scales = running(null);
    expect(scales).toHaveLength(MAX_SPAN_SCALE + 1);
    expect(ofScale(scales, 9)).toEqual({ scale: 9, seekFrom: '1858-08-07|', seekTo: '1860-01-01|' });
    expect(ofScale(scales, 16)).toEqual({ scale: 16, seekFrom: '1680-07-26|', seekTo: '1860-01-01|' });
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
    expect(ofScale(scales, 9)).toEqual({ scale: 9, seekFrom: '1859-01-02|', seekTo: '1860-01-01|' });
    expect(ofScale(scales, 16)).toEqual({ scale: 16, seekFrom: '1760-01-01|', seekTo: '1860-01-01|' });
    const empty = scales.filter(({ scale }) => scale !== 9 && scale !== 16);
    expect(empty).toHaveLength(MAX_SPAN_SCALE - 1);
    expect(new Set(empty.map((seek) => JSON.stringify(seek)))).toEqual(new Set([JSON.stringify(NOTHING)]));
  });

  it('start no earlier than the page does', () => {
    const scales = running(new Map([[16, 36_524]]), { ...firstPage(100), after: ['1800-01-01|0|e1'] });
    expect(ofScale(scales, 16)).toEqual({ scale: 16, seekFrom: '1800-01-01|0|e1', seekTo: '1860-01-01|' });
  });

  // The statement seeks them in turn, each bounded by the page so far: the seek whose periods come
  // first in the page goes first.
  const longest = new Map([
    [5, 30],
    [9, 364],
    [12, 3_652],
    [16, 36_524],
  ]);

  it('come forward in the order of where they start, earliest first, the empty seeks last', () => {
    const scales = running(longest);
    expect(scales.slice(0, 4).map(({ scale }) => scale)).toEqual([16, 12, 9, 5]);
    expect(scales.slice(4)).toEqual(Array.from({ length: MAX_SPAN_SCALE + 1 - 4 }, () => NOTHING));
  });

  it('come backward latest start first, the empty seeks last', () => {
    const scales = running(longest, { ...firstPage(100), direction: 'backward' });
    expect(scales.slice(0, 4).map(({ scale }) => scale)).toEqual([5, 9, 12, 16]);
    expect(scales.slice(4)).toEqual(Array.from({ length: MAX_SPAN_SCALE + 1 - 4 }, () => NOTHING));
  });
});
