/**
 * The timeline (vis-timeline): dated entities and relations as points (a day) or bands (a month,
 * a year, a decade, a century; a relation that lasted), placed by their Gregorian date where the
 * calendar is known (a Julian treaty stands at its New Style day), both dates in the tooltip. It
 * reads the API's timeline connection for the years shown, one page after another (never two at
 * once), and only the years it has not read yet. Relations without a date cannot stand on it: those
 * of the graph drawn are listed under it. Keyboard: the arrow keys move from entry to entry in time
 * order, Enter reads the one chosen, + and − zoom.
 */
import type { DataSet } from 'vis-data/standalone';
import type { Timeline } from 'vis-timeline/standalone';

type TimelineClass = typeof Timeline;
type DataSetClass = typeof DataSet;
import { TimelineItemsDocument, type TimelineItemsQuery } from '../../../src/generated/graphql';
import { request } from '../api-client';
import { dateText, entityName, relationSentence, t } from '../i18n/i18n';

/** A relation without a date, as the graph has it: listed beside the timeline. */
export interface UndatedRelation {
  id: string;
  label: string;
}

type Entry = TimelineItemsQuery['timeline']['edges'][number]['node'];

interface Item {
  id: string;
  content: string;
  start: Date;
  /** None for a point (a day, or a band condensed at this zoom): vis-timeline reads a point's `end` if it has one. */
  end?: Date;
  type: 'point' | 'range';
  title: string;
  className: string;
  /** The entries of the graph drawn, or the rest (faded), stacked apart: see GROUPS. */
  group?: (typeof GROUPS)[number]['id'];
}

/** vis-timeline's own vertical scroll position of its rows (negative: scrolled down), and its redraw. */
interface RowScroll {
  _getScrollTop(): number;
  _setScrollTop(top: number): number;
  _redraw(): void;
}

/** The id of the entry an element of vis-timeline draws. */
function entryId(element: HTMLElement): string | undefined {
  return (element as HTMLElement & { 'vis-item'?: { id: string } })['vis-item']?.id;
}

/** The room a label takes in a band beyond its text: vis-timeline's padding and borders. */
const BAND_PADDING_PX = 14;

/** The class of an entry the graph drawn lacks (drawn faded). */
const FADED = 'outside';

/**
 * The two stacks of entries: the graph drawn's above, the rest (faded) under them, so that none of
 * the rest takes a gap in the rows above. Their labels are not shown: the fading tells them apart.
 */
const GROUPS = [
  { id: 'drawn', content: '', order: 0 },
  { id: 'rest', content: '', order: 1 },
] as const;

/** Whether an item drawn before is drawn again as it is (a page read again, a zoom that condenses nothing new). */
function drawnAlike(before: Item, now: Item): boolean {
  return (
    before.type === now.type &&
    before.className === now.className &&
    before.group === now.group &&
    before.content === now.content &&
    before.title === now.title &&
    before.start.getTime() === now.start.getTime() &&
    before.end?.getTime() === now.end?.getTime()
  );
}

/** Whether an entry is drawn faded: the graph drawn lacks it. */
function isFaded(item: Item): boolean {
  return item.className.split(' ').includes(FADED);
}

/** The room left at both ends of the timeline when it is fitted to its entries. */
const FIT_MARGIN_PX = 12;
/**
 * The least time the timeline is fitted to: a decade, in which the entries' years read in their
 * time, not as the months of one year.
 */
const MIN_FIT_MS = 10 * 365.25 * 24 * 60 * 60 * 1000;

/**
 * The item as drawn at `msPerPixel`: a band whose label would not fit it becomes a ring at its
 * start with the label beside it (class `condensed`); everything else as read.
 */
function condensed(item: Item, msPerPixel: number, labelWidth: (text: string) => number): Item {
  const { end, ...point } = item;
  if (item.type !== 'range' || end === undefined) return item;
  const width = (end.getTime() - item.start.getTime()) / msPerPixel;
  if (width >= labelWidth(item.content) + BAND_PADDING_PX) return item;
  return { ...point, type: 'point', className: `${item.className} condensed` };
}

/**
 * Years to show (null: as shown now); `labels`: the years of the entries drawn rather than of a
 * filter, the window then fitted to the entries and their labels once they are read (fitEntries).
 */
export interface Years {
  from: number | null;
  to: number | null;
  labels?: boolean;
}

/**
 * The first and last years the timeline can be moved to: the data ends in the 1860s, and the
 * labels of its last entries need room after them when the window is fitted to two centuries.
 */
const FIRST_YEAR = 1500;
const LAST_YEAR = 2000;

/** The window that shows `years`: from the start of the first to the end of the last, or as `shown` where null. */
function windowOf({ from, to }: Years, shown?: { start: Date; end: Date }): [Date, Date] {
  return [from === null ? shown!.start : day(`${from}-01-01`), to === null ? shown!.end : day(`${to + 1}-01-01`)];
}

/** A day of the API's (YYYY-MM-DD, Gregorian where the calendar is known) as a Date, at its start or its end. */
function day(iso: string, endOfDay = false): Date {
  const [y = '0', m = '1', d = '1'] = iso.split('-');
  // setUTCFullYear, not Date.UTC, which reads the years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  date.setUTCHours(endOfDay ? 24 : 0, 0, 0, 0);
  return date;
}

/** An entry's label: its entity's name, or its relation's ends and type in the reader's language. */
function entryLabel({ entity, relation }: Entry): string {
  return entity ? entityName(entity) : relationSentence(relation!);
}

function toItem(entry: Entry): Item {
  const date = entry.date;
  const label = entryLabel(entry);
  // A day is a point; a coarser date, or a relation that lasted, a band to its last day.
  const last = entry.relation?.end?.lastDay ?? (date.precision === 'DAY' ? null : date.lastDay);
  const start = day(date.firstDay);
  const stop = last ? day(last, true) : null;
  return {
    id: entry.entity?.id ?? entry.relation!.id,
    content: label,
    start,
    ...(stop && { end: stop }),
    type: stop ? 'range' : 'point',
    title: `${label}: ${dateText(date)}`,
    className: `precision-${date.precision.toLowerCase()}${entry.relation && entry.relation.assertion.kind !== 'FACT' ? ' asserted' : ''}`,
  };
}

export class TimelineView {
  private timeline: Timeline | null = null;
  private items: DataSet<Item> | null = null;
  /** The years already read, as [from, to] ranges. */
  private readonly read: [number, number][] = [];
  private loading: Promise<void> = Promise.resolve();
  /** Whether vis-timeline has drawn itself the first time (see idle). */
  private firstDrawn = false;
  /** Whether each entry drawn is an entity or a relation. */
  private readonly kinds = new Map<string, 'entity' | 'relation'>();
  /** How many reads are queued or running. */
  private pending = 0;
  /** The requests sent, in order, for tests: the years asked for and the page's cursor. */
  readonly requests: string[] = [];
  private readonly undated: HTMLElement;
  /** The entry the arrow keys have reached (chosen with Enter). */
  private cursor: string | null = null;
  /** The entry chosen last, kept in view until the reader moves the timeline. */
  private revealing: string | null = null;
  /** Every entry read, as read: bands stay bands here whether or not they are condensed. */
  private readonly entries = new Map<string, Item>();
  /** Measures labels in the timeline's font (see condensed). */
  private measure: CanvasRenderingContext2D | null = null;
  /** Each label's width, measured once: the bands are looked at again at every change of zoom. */
  private readonly labelWidths = new Map<string, number>();
  /** Which entries the graph drawn has, and whether only those are drawn (see scope). */
  private inGraph: { contains: (id: string) => boolean; only: boolean } = { contains: () => true, only: false };

  constructor(
    private readonly container: HTMLElement,
    private readonly onChoose: (id: string, kind: 'entity' | 'relation') => void,
  ) {
    this.undated = document.createElement('details');
    this.undated.className = 'undated';
    this.undated.addEventListener('click', (event) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-relation]')?.dataset.relation;
      if (id) this.onChoose(id, 'relation');
    });
  }

  /** Lists the relations that have no date (of the graph drawn), apart from the timeline. */
  listUndated(relations: readonly UndatedRelation[]): void {
    const summary = document.createElement('summary');
    summary.textContent = t('timeline.undated', { count: relations.length });
    const list = document.createElement('ul');
    for (const relation of relations) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.dataset.relation = relation.id;
      button.textContent = relation.label;
      item.append(button);
      list.append(item);
    }
    this.undated.replaceChildren(summary, list);
  }

  /** Draws the timeline the first time it is shown, over the years chosen (1845-1862 when none are). */
  async show(years: Years = { from: null, to: null }): Promise<void> {
    if (this.timeline) {
      this.timeline.redraw();
      this.showYears(years);
      return;
    }
    // The standalone build bundles vis-data's DataSet with the timeline (its types omit it).
    const { Timeline, DataSet } = (await import('vis-timeline/standalone')) as unknown as {
      Timeline: TimelineClass;
      DataSet: DataSetClass;
    };
    await import('vis-timeline/styles/vis-timeline-graph2d.css');
    const items = new DataSet<Item>();
    // vis-timeline makes its container `position: relative`: it gets one of its own inside the pane.
    const host = document.createElement('div');
    host.className = 'timeline-host';
    host.tabIndex = 0;
    host.setAttribute('aria-label', t('timeline.keys'));
    const keys = document.createElement('p');
    keys.className = 'timeline-keys';
    const keyboard = document.createElement('span');
    keyboard.className = 'keyboard';
    keyboard.textContent = `${t('timeline.keys')} `;
    const faded = document.createElement('span');
    faded.className = 'faded-note';
    faded.textContent = ` ${t('timeline.faded')}`;
    keys.append(keyboard, t('timeline.condensed'), faded);
    this.container.append(host, keys, this.undated);
    const [start, end] = windowOf({ from: years.from ?? 1845, to: years.to ?? 1861 });
    const groups = new DataSet(GROUPS.map((group) => ({ ...group })));
    const timeline = new Timeline(host, items, groups, {
      start,
      end,
      min: day(`${FIRST_YEAR}-01-01`),
      max: day(`${LAST_YEAR}-01-01`),
      zoomMin: 1000 * 60 * 60 * 24 * 7,
      stack: true,
      // The entries of the graph drawn take the top rows; those it lacks, faded, stack under them.
      groupOrder: 'order',
      order: (a: Item, b: Item) => a.start.getTime() - b.start.getTime(),
      orientation: 'top',
      height: '100%',
      tooltip: { followMouse: true },
      // vis-timeline keeps itself invisible until its first drawing is done: not idle before that.
      onInitialDrawComplete: () => (this.firstDrawn = true),
    });
    const kinds = this.kinds;
    timeline.on('select', ({ items: chosen }: { items: string[] }) => {
      const id = chosen[0];
      if (id) this.onChoose(id, kinds.get(id) ?? 'relation');
    });
    host.addEventListener('keydown', (event) => this.key(event));
    timeline.on('rangechanged', ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
      this.redrawBands();
      if (byUser) this.revealing = null;
      else this.revealRow();
      this.queue(() => this.load(start.getUTCFullYear(), end.getUTCFullYear(), kinds));
    });
    this.timeline = timeline;
    this.items = items;
    this.queue(() => this.load(start.getUTCFullYear(), end.getUTCFullYear(), kinds));
    if (years.labels) this.fitEntries();
    await this.loading;
  }

  /** Shows the years chosen (the whole of them), if any are: in the filters, on the map's slider, of the graph drawn. */
  showYears(years: Years): void {
    if (!this.timeline || (years.from === null && years.to === null)) return;
    const [start, end] = windowOf(years, this.timeline.getWindow());
    this.timeline.setWindow(start, end, { animation: false });
    if (years.labels) this.fitEntries();
  }

  /**
   * Once the years asked for are read, fits the window to the entries of the graph drawn (not the
   * faded ones): from the first to the last, and wide enough in time that each label ends inside it
   * (a label wider than the timeline is let run out), a decade at least. vis-timeline's own fit
   * counts a point as its dot, not its label.
   */
  private fitEntries(): void {
    this.queue(() => {
      const panel = this.rowsPanel()?.clientWidth ?? 0;
      const drawn = [...this.entries.values()].filter((entry) => {
        const item = this.items?.get(entry.id);
        return !!item && !isFaded(item);
      });
      if (!this.timeline || drawn.length === 0 || panel === 0) return Promise.resolve();
      const usable = panel - 2 * FIT_MARGIN_PX;
      const first = Math.min(...drawn.map((entry) => entry.start.getTime()));
      // The time a pixel must span: each entry's end, and the end of its label (a band's too, drawn
      // as a ring at a zoom where it is short), must fit.
      const msPerPixel = Math.max(
        1,
        ...drawn.map((entry) => {
          const label = this.labelWidth(entry.content) + BAND_PADDING_PX;
          const byEnd = ((entry.end ?? entry.start).getTime() - first) / usable;
          return label < usable ? Math.max(byEnd, (entry.start.getTime() - first) / (usable - label)) : byEnd;
        }),
      );
      const span = Math.max(panel * msPerPixel, MIN_FIT_MS);
      // Entries close in time stand in the middle of their decade: the last end (or label's end) at its scale.
      const last = Math.max(
        ...drawn.map((entry) =>
          Math.max(
            (entry.end ?? entry.start).getTime(),
            entry.start.getTime() + ((this.labelWidth(entry.content) + BAND_PADDING_PX) * span) / panel,
          ),
        ),
      );
      const start = span > panel * msPerPixel ? (first + last - span) / 2 : first - FIT_MARGIN_PX * msPerPixel;
      this.timeline.setWindow(new Date(start), new Date(start + span), { animation: false });
      return Promise.resolve();
    });
  }

  /** Arrow keys: the entry before or after in time; Enter: read it; + and −: zoom. */
  private key(event: KeyboardEvent): void {
    const timeline = this.timeline;
    if (!timeline || !this.items) return;
    if (event.key === '+' || event.key === '=') timeline.zoomIn(0.5);
    else if (event.key === '-' || event.key === '−') timeline.zoomOut(0.5);
    else if (event.key === 'Enter' && this.cursor)
      this.onChoose(this.cursor, this.kinds.get(this.cursor) ?? 'relation');
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const order = this.items.get({ order: (a: Item, b: Item) => a.start.getTime() - b.start.getTime() });
      if (order.length === 0) return;
      const at = order.findIndex((item) => item.id === (this.cursor ?? timeline.getSelection()[0]));
      const next =
        at < 0
          ? event.key === 'ArrowRight'
            ? 0
            : order.length - 1
          : Math.min(order.length - 1, Math.max(0, at + (event.key === 'ArrowRight' ? 1 : -1)));
      this.cursor = order[next]!.id;
      this.revealing = this.cursor;
      timeline.setSelection([this.cursor]);
      this.bringIntoView(order[next]!);
    } else return;
    event.preventDefault();
  }

  /** Runs a read after the ones before it: one page at a time, never two. */
  private queue(read: () => Promise<void>): void {
    this.pending += 1;
    this.loading = this.loading
      .then(read)
      // A failed read is reported and leaves the queue working for the next one.
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        this.pending -= 1;
      });
  }

  /** Reads the years not read yet of [from, to], page after page. */
  private async load(from: number, to: number, kinds: Map<string, 'entity' | 'relation'>): Promise<void> {
    const missing = (year: number) => !this.read.some(([a, b]) => a <= year && year <= b);
    let first = from;
    while (first <= to && !missing(first)) first += 1;
    let last = to;
    while (last >= first && !missing(last)) last -= 1;
    if (first > last) return;
    let after: string | null = null;
    do {
      this.requests.push(`${first}-${last}${after ? ` after ${after}` : ''}`);
      const data: TimelineItemsQuery = await request(TimelineItemsDocument, {
        from: String(first),
        to: String(last),
        first: 100,
        ...(after && { after }),
      });
      const entries = data.timeline.edges.map((edge) => edge.node);
      for (const entry of entries)
        kinds.set(entry.entity?.id ?? entry.relation!.id, entry.entity ? 'entity' : 'relation');
      const read = entries.map(toItem);
      for (const item of read) this.entries.set(item.id, item);
      this.draw(read);
      this.revealRow();
      after = data.timeline.pageInfo.hasNextPage ? (data.timeline.pageInfo.endCursor ?? null) : null;
    } while (after);
    this.read.push([first, last]);
  }

  /** vis-timeline's panel of the rows shown, between the axis and the timeline's foot. */
  private rowsPanel(): HTMLElement | null {
    return this.container.querySelector<HTMLElement>('.vis-panel.vis-center');
  }

  /** The time a pixel of the timeline spans at the zoom shown. */
  private msPerPixel(): number {
    const { start, end } = this.timeline!.getWindow();
    return (end.getTime() - start.getTime()) / (this.rowsPanel()?.clientWidth || 1);
  }

  /** How wide a label is drawn, in pixels, in the font of the timeline's items. */
  private readonly labelWidth = (text: string): number => {
    const known = this.labelWidths.get(text);
    if (known !== undefined) return known;
    if (!this.measure) {
      this.measure = document.createElement('canvas').getContext('2d');
      const host = this.container.querySelector<HTMLElement>('.timeline-host');
      if (this.measure && host) this.measure.font = getComputedStyle(host).font;
    }
    // Without a canvas (never in a browser), about 7 pixels a character.
    const width = this.measure ? this.measure.measureText(text).width : text.length * 7;
    this.labelWidths.set(text, width);
    return width;
  };

  /** Draws as bands the entries whose labels fit at the zoom now shown, and the others as rings. */
  private redrawBands(): void {
    if (this.items) this.draw(this.entries.values());
  }

  /**
   * Which entries the graph drawn has (`contains`), and whether only those are on the timeline; the
   * others are faded when they are not left off. Called whenever the graph drawn or its filters change.
   */
  scope(contains: (id: string) => boolean, only: boolean): void {
    this.inGraph = { contains, only };
    if (this.items) this.draw(this.entries.values());
  }

  /** An entry as drawn now: condensed at this zoom, faded when the graph drawn lacks it; null when it is left off. */
  private asDrawn(item: Item, msPerPixel: number): Item | null {
    const inGraph = this.inGraph.contains(item.id);
    if (!inGraph && this.inGraph.only) return null;
    const shaped = condensed(item, msPerPixel, this.labelWidth);
    return inGraph
      ? { ...shaped, group: 'drawn' }
      : { ...shaped, className: `${shaped.className} ${FADED}`, group: 'rest' };
  }

  /**
   * Puts entries on the timeline as drawn now (asDrawn), and takes off those left off. One drawn
   * before as a band and now as a point (or back) is taken off and put on again, as an update would
   * leave the point the band's end; it stays chosen if it was.
   */
  private draw(entries: Iterable<Item>): void {
    const timeline = this.timeline!;
    const drawn = this.items!;
    const msPerPixel = this.msPerPixel();
    const put: Item[] = [];
    const off: string[] = [];
    const reshaped: string[] = [];
    for (const entry of entries) {
      const item = this.asDrawn(entry, msPerPixel);
      const before = drawn.get(entry.id);
      if (!item) {
        if (before) off.push(entry.id);
      } else if (!before || !drawnAlike(before, item)) {
        if (before && before.type !== item.type) reshaped.push(item.id);
        put.push(item);
      }
    }
    if (put.length === 0 && off.length === 0) return;
    const chosen = timeline.getSelection();
    drawn.remove([...off, ...reshaped]);
    drawn.update(put);
    // The legend tells of pale entries while there are some.
    this.container.classList.toggle('with-faded', drawn.get({ filter: isFaded }).length > 0);
    if (reshaped.some((id) => chosen.includes(id))) timeline.setSelection(chosen);
  }

  /** Marks the chosen entity or relation, and brings it into view when it is on the timeline. */
  select(id: string | null): void {
    if (!this.timeline || !this.items) return;
    const item = id ? this.items.get(id) : null;
    this.cursor = item?.id ?? null;
    this.revealing = this.cursor;
    this.timeline.setSelection(item ? [item.id] : []);
    if (item) this.bringIntoView(item);
  }

  /**
   * Shows an entry at the zoom the reader chose: a band when some of it is in the window (its label
   * is drawn in the part shown), a point when it and its label are. A point whose label runs past
   * the right edge moves left as far as it needs (its start staying a tenth of the way in at least);
   * anything else out of the window moves to start a tenth of the way in. Then its row is scrolled to.
   * Not while the timeline is hidden (it has no width then): showing it chooses again.
   */
  private bringIntoView(item: Item): void {
    if (this.container.hidden) return;
    const timeline = this.timeline!;
    const window = timeline.getWindow();
    const [start, end] = [window.start.getTime(), window.end.getTime()];
    const span = end - start;
    const from = item.start.getTime();
    const to =
      item.type === 'range'
        ? (item.end ?? item.start).getTime()
        : from + (this.labelWidth(item.content) + BAND_PADDING_PX) * this.msPerPixel();
    const shown = item.type === 'range' ? from < end && to > start : from >= start && to <= end;
    if (!shown) {
      const leftmost = from - span / 10;
      const first = item.type === 'point' && from >= start ? Math.min(leftmost, to + span / 50 - span) : leftmost;
      timeline.setWindow(new Date(first), new Date(first + span), { animation: false });
    }
    this.revealRow();
  }

  /**
   * Scrolls the rows so that the entry being revealed is shown, on the next frame (once vis-timeline
   * has drawn it). vis-timeline's focus scrolls to it only as it moves the window, before the bands
   * redrawn for the new zoom and the pages read for it have stacked the rows anew; it has no public
   * way to scroll the rows, so its own (private) scroll position is set.
   */
  private revealRow(): void {
    if (!this.revealing) return;
    this.pending += 1;
    requestAnimationFrame(() => {
      this.pending -= 1;
      const panel = this.rowsPanel()?.getBoundingClientRect();
      const element = [...this.container.querySelectorAll<HTMLElement>('.vis-item')].find(
        (candidate) => entryId(candidate) === this.revealing,
      );
      if (!this.timeline || !panel || !element) return;
      const box = element.getBoundingClientRect();
      if (box.top >= panel.top && box.bottom <= panel.bottom) return;
      const rows = this.timeline as unknown as RowScroll;
      rows._setScrollTop(rows._getScrollTop() - (box.top - panel.top) + (panel.height - box.height) / 2);
      rows._redraw();
    });
  }

  /** Whether everything asked for so far has been read, and the timeline, when shown, drawn. */
  idle(): boolean {
    return this.pending === 0 && (this.firstDrawn || !this.timeline || this.container.hidden);
  }

  /**
   * The items drawn, where they are on the page (the middle, and the right end of a point's label),
   * whether they are chosen, how they are drawn (a band, a dot for a day, a ring for a band
   * condensed at this zoom), whether a band's label is cut short by its band and whether it is
   * faded, not being in the graph drawn (for tests).
   */
  drawn(): {
    id: string;
    x: number;
    y: number;
    right: number;
    selected: boolean;
    shape: 'band' | 'dot' | 'ring';
    labelCut: boolean;
    faded: boolean;
  }[] {
    return [...this.container.querySelectorAll<HTMLElement>('.vis-item')].flatMap((element) => {
      const id = entryId(element);
      if (!id) return [];
      const box = element.getBoundingClientRect();
      const band = element.classList.contains('vis-range');
      const label = element.querySelector<HTMLElement>('.vis-item-content');
      return [
        {
          id,
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
          right: box.right,
          selected: element.classList.contains('vis-selected'),
          shape: band ? 'band' : element.classList.contains('condensed') ? 'ring' : 'dot',
          labelCut: band && label !== null && label.offsetWidth > element.clientWidth,
          faded: element.classList.contains(FADED),
        },
      ];
    });
  }
}
