/**
 * The timeline (vis-timeline): dated entities and relations as points (a day) or bands (a month,
 * a year, a decade, a century; a relation that lasted), placed by their Gregorian date where the
 * calendar is known (a Julian treaty stands at its New Style day), both dates in the tooltip. It
 * reads the API's timeline connection for the years shown, one page after another (never two at
 * once), and only the years it has not read yet.
 */
import type { DataSet } from 'vis-data/standalone';
import type { Timeline } from 'vis-timeline/standalone';

type TimelineClass = typeof Timeline;
type DataSetClass = typeof DataSet;
import { TimelineDocument, type TimelineQuery } from '../../../src/generated/graphql';
import { request } from '../api-client';

type Entry = TimelineQuery['timeline']['edges'][number]['node'];

interface Item {
  id: string;
  content: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  title: string;
  className: string;
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

function toItem(entry: Entry): Item {
  const date = entry.date;
  // A day is a point; a coarser date, or a relation that lasted, a band to its last day.
  const last = entry.relation?.end?.lastDay ?? (date.precision === 'DAY' ? null : date.lastDay);
  const start = day(date.firstDay);
  const stop = last ? day(last, true) : null;
  const calendars =
    date.calendar === 'JULIAN' && date.gregorian !== date.iso
      ? ` (${date.iso} Old Style, ${date.gregorian} New Style)`
      : '';
  return {
    id: entry.entity?.id ?? entry.relation!.id,
    content: entry.label,
    start,
    ...(stop && { end: stop }),
    type: stop ? 'range' : 'point',
    title: `${entry.label}: ${date.text ?? date.iso}${calendars}`,
    className: `precision-${date.precision.toLowerCase()}${entry.relation && entry.relation.assertion.kind !== 'FACT' ? ' asserted' : ''}`,
  };
}

export class TimelineView {
  private timeline: Timeline | null = null;
  private items: DataSet<Item> | null = null;
  /** The years already read, as [from, to] ranges. */
  private readonly read: [number, number][] = [];
  private loading: Promise<void> = Promise.resolve();
  /** How many reads are queued or running. */
  private pending = 0;
  /** The requests sent, in order, for tests: the years asked for and the page's cursor. */
  readonly requests: string[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly onChoose: (id: string, kind: 'entity' | 'relation') => void,
  ) {}

  async show(): Promise<void> {
    if (this.timeline) {
      this.timeline.redraw();
      return;
    }
    // The standalone build bundles vis-data's DataSet with the timeline (its types omit it).
    const { Timeline, DataSet } = (await import('vis-timeline/standalone')) as unknown as {
      Timeline: TimelineClass;
      DataSet: DataSetClass;
    };
    await import('vis-timeline/styles/vis-timeline-graph2d.css');
    const items = new DataSet<Item>();
    const year = (y: number) => day(`${y}-01-01`);
    // vis-timeline makes its container `position: relative`: it gets one of its own inside the pane.
    const host = document.createElement('div');
    host.style.height = '100%';
    this.container.append(host);
    const timeline = new Timeline(host, items, {
      start: year(1845),
      end: year(1862),
      min: year(1500),
      max: year(1900),
      zoomMin: 1000 * 60 * 60 * 24 * 7,
      stack: true,
      orientation: 'top',
      height: '100%',
      tooltip: { followMouse: true },
    });
    const kinds = new Map<string, 'entity' | 'relation'>();
    timeline.on('select', ({ items: chosen }: { items: string[] }) => {
      const id = chosen[0];
      if (id) this.onChoose(id, kinds.get(id) ?? 'relation');
    });
    timeline.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
      this.queue(() => this.load(start.getUTCFullYear(), end.getUTCFullYear(), kinds));
    });
    this.timeline = timeline;
    this.items = items;
    this.queue(() => this.load(1845, 1862, kinds));
    await this.loading;
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
      const data: TimelineQuery = await request(TimelineDocument, {
        from: String(first),
        to: String(last),
        first: 100,
        ...(after && { after }),
      });
      const entries = data.timeline.edges.map((edge) => edge.node);
      for (const entry of entries)
        kinds.set(entry.entity?.id ?? entry.relation!.id, entry.entity ? 'entity' : 'relation');
      this.items!.update(entries.map(toItem));
      after = data.timeline.pageInfo.hasNextPage ? (data.timeline.pageInfo.endCursor ?? null) : null;
    } while (after);
    this.read.push([first, last]);
  }

  /** Marks the chosen entity or relation, and brings it into view when it is on the timeline. */
  select(id: string | null): void {
    if (!this.timeline || !this.items) return;
    if (id && this.items.get(id)) {
      this.timeline.setSelection([id]);
      this.timeline.focus(id, { animation: false });
    } else this.timeline.setSelection([]);
  }

  /** Whether everything asked for so far has been read. */
  idle(): boolean {
    return this.pending === 0;
  }

  /** The items drawn, where they are on the page, and whether they are chosen (for tests). */
  drawn(): { id: string; x: number; y: number; selected: boolean }[] {
    return [...this.container.querySelectorAll<HTMLElement>('.vis-item')].flatMap((element) => {
      const id = (element as HTMLElement & { 'vis-item'?: { id: string } })['vis-item']?.id;
      if (!id) return [];
      const box = element.getBoundingClientRect();
      return [
        {
          id,
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
          selected: element.classList.contains('vis-selected'),
        },
      ];
    });
  }
}
