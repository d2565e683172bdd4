/**
 * The map's time slider (noUiSlider): two handles over the years YEAR_MIN-YEAR_MAX, bound to the
 * view store's years, like the year boxes of the filter panel. A handle at either end sets no bound
 * there. Dragging, a click on the track and the arrow keys on a handle (noUiSlider's own) all
 * change the years; the label says which are shown. The track is not linear: most of what the text
 * dates falls in 1840-1870, which gets half of it; the years under it mark where the scale bends.
 */
import noUiSlider, { PipsMode, type API } from 'nouislider';
import 'nouislider/dist/nouislider.css';
import { YEAR_MAX, YEAR_MIN } from '../filters/year-histogram';
import { t } from '../i18n/i18n';
import type { ViewStore } from '../state/view-store';

export interface YearSlider {
  /** Puts the store's years back onto the handles (after the year boxes, Back or a shared link). */
  sync(): void;
}

export function createYearSlider(
  track: HTMLElement,
  label: HTMLElement,
  store: ViewStore,
  onChange: () => void,
): YearSlider {
  const slider: API = noUiSlider.create(track, {
    start: [YEAR_MIN, YEAR_MAX],
    connect: true,
    step: 1,
    margin: 0,
    range: { min: YEAR_MIN, '30%': 1800, '50%': 1840, max: YEAR_MAX },
    pips: { mode: PipsMode.Values, values: [YEAR_MIN, 1700, 1800, 1840, 1850, 1860, YEAR_MAX], density: -1 },
    behaviour: 'tap-drag',
    // An animated set() blocks the handles for its duration: a second drag right after the first
    // (whose years sync() puts back) would be lost.
    animate: false,
    format: { to: (value: number) => Math.round(value), from: (value: string) => Number(value) },
    handleAttributes: [{ 'aria-label': t('slider.from') }, { 'aria-label': t('slider.to') }],
  });
  const years = (): [number, number] => (slider.get() as number[]).map(Number) as [number, number];
  const describe = ([from, to]: [number, number]) => {
    label.textContent =
      from === YEAR_MIN && to === YEAR_MAX
        ? t('slider.all')
        : t('slider.range', { from: String(from), to: String(to) });
  };
  // The label follows the handles as they move; the view changes when they are let go.
  slider.on('update', () => describe(years()));
  slider.on('set', () => {
    const [from, to] = years();
    const yearFrom = from === YEAR_MIN ? null : from;
    const yearTo = to === YEAR_MAX ? null : to;
    if (yearFrom === store.current.yearFrom && yearTo === store.current.yearTo) return;
    store.update({ yearFrom, yearTo });
    onChange();
  });
  return {
    sync() {
      const { yearFrom, yearTo } = store.current;
      const [from, to] = years();
      if (from !== (yearFrom ?? YEAR_MIN) || to !== (yearTo ?? YEAR_MAX)) {
        slider.set([yearFrom ?? YEAR_MIN, yearTo ?? YEAR_MAX], false);
      }
    },
  };
}
