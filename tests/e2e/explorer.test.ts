/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CypherLoader } from '../../src/db/cypher-loader';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';
import { TooManyRequestsError } from '../../src/errors/too-many-requests.error';
import { projectPaths } from '../../src/project-paths';
import { startApiFixture, stopApiFixture, type ApiFixture } from '../helpers/api-fixture';
import { browserAvailable, launchChromium } from '../helpers/chromium';
import { testNeo4jConnection } from '../helpers/test-neo4j';
import { startTestServer } from '../helpers/test-server';

interface Box {
  id: string;
  /** The node's centre. */
  x: number;
  y: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

declare global {
  interface Window {
    explorer: {
      nodes(): string[];
      edges(): string[];
      onPath(): string[];
      dimmed(): string[];
      named(): string[];
      boxes(): Box[];
      edgeMiddle(id: string): { x: number; y: number };
      edgeCurves(): { id: string; source: string; target: string; points: { x: number; y: number }[] }[];
      idle(): boolean;
      mapMarkers(): { id: string; x: number; y: number; selected: boolean; faded: boolean; named: boolean }[];
      timelineItems(): {
        id: string;
        x: number;
        y: number;
        right: number;
        selected: boolean;
        shape: 'band' | 'dot' | 'ring';
        labelCut: boolean;
        faded: boolean;
      }[];
      timelineRequests(): string[];
    };
  }
}

const ARTEFACTS = path.join(projectPaths.root, 'test-results', 'screenshots');
const WIDE = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A rectangle on the page, as Playwright gives an element's box. */
type Rectangle = { x: number; y: number; width: number; height: number };

/** The drawn nodes whose boxes (labels included) reach under `cover` (a rectangle on the page). */
function covered(boxes: readonly Box[], cover: Rectangle): string[] {
  return boxes
    .filter(
      (box) =>
        Math.min(box.x2, cover.x + cover.width) > Math.max(box.x1, cover.x) &&
        Math.min(box.y2, cover.y + cover.height) > Math.max(box.y1, cover.y),
    )
    .map((box) => box.id);
}

/** The drawn nodes whose boxes (labels included) reach out of `area` (a rectangle on the page): cut off at its edge. */
function outside(boxes: readonly Box[], area: Rectangle): string[] {
  // A pixel's leeway: boxes are in fractions of pixels.
  return boxes
    .filter(
      (box) =>
        box.x1 < area.x - 1 ||
        box.x2 > area.x + area.width + 1 ||
        box.y1 < area.y - 1 ||
        box.y2 > area.y + area.height + 1,
    )
    .map((box) => box.id);
}

/** The markers (points on the page) out of `area`. */
function pointsOutside(points: readonly { id: string; x: number; y: number }[], area: Rectangle): string[] {
  return outside(
    points.map(({ id, x, y }) => ({ id, x, y, x1: x, y1: y, x2: x, y2: y })),
    area,
  );
}

/** Pairs of drawn nodes whose boxes (labels included) overlap. */
function overlapping(boxes: readonly Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1)) {
        pairs.push(`${a.id} / ${b.id}`);
      }
    }
  }
  return pairs;
}

/**
 * Edges drawn through a node they do not join (its box, label included): points along each edge as
 * drawn, a line or a quadratic curve through its control point, that fall inside another node's box.
 */
function edgesThroughNodes(
  boxes: readonly Box[],
  edges: readonly { id: string; source: string; target: string; points: { x: number; y: number }[] }[],
): string[] {
  const found: string[] = [];
  for (const edge of edges) {
    const [from, ...rest] = edge.points;
    const to = rest.pop()!;
    if (rest.length > 1) throw new Error(`${edge.id}: ${rest.length} control points, where the test reads at most one`);
    const control = rest[0] ?? { x: (from!.x + to.x) / 2, y: (from!.y + to.y) / 2 };
    for (const box of boxes) {
      if (box.id === edge.source || box.id === edge.target) continue;
      const hit = Array.from({ length: 41 }, (_, i) => i / 40).some((t) => {
        const x = (1 - t) ** 2 * from!.x + 2 * t * (1 - t) * control.x + t ** 2 * to.x;
        const y = (1 - t) ** 2 * from!.y + 2 * t * (1 - t) * control.y + t ** 2 * to.y;
        return x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2;
      });
      if (hit) found.push(`${edge.id} through ${box.id}`);
    }
  }
  return found;
}

/**
 * The explorer in headless Chromium against the real API and the curated graph, driven as a
 * person drives it: clicks at the pixels where things are drawn, typing, the Back button. The
 * page's `window.explorer` is read (what is drawn, and where), never used to act.
 */
(browserAvailable() ? describe : describe.skip)('the graph explorer in a browser', () => {
  let api: ApiFixture;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    if (!existsSync(path.join(projectPaths.root, 'web', 'dist', 'index.html'))) {
      throw new Error('the explorer is not built: run npm run build');
    }
    mkdirSync(ARTEFACTS, { recursive: true });
    api = await startApiFixture();
    browser = await launchChromium();
    // The fixture plans the statements as start-up does (about 26 s on a Neo4j just started,
    // the entity-relations statement among them), beside the other suites' start on 2 cores.
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stopApiFixture(api);
  });

  /** A fresh page that records console errors and warnings and requests to anywhere but `origin`. */
  async function open(viewport = WIDE, origin = api.server.baseUrl): Promise<Page> {
    page = await browser.newPage({ viewport });
    problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
        problems.push(`request to another origin: ${request.url()}`);
      }
    });
    return page;
  }
  afterEach(async () => {
    await page?.close();
    // Every flow: no console error or warning, no request off the origin.
    expect(problems).toEqual([]);
  });

  const settled = () => page.waitForFunction(() => window.explorer?.idle(), null, { timeout: 30_000 });
  /** Closes the details drawer (phone widths): the graph is refitted to the freed screen on the next frame. */
  const closeDetails = async () => {
    await page.getByRole('button', { name: 'Close the details' }).click();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  };
  const shot = (name: string) => page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`) });
  const boxes = () => page.evaluate(() => window.explorer.boxes());
  /** The nodes drawn under the zoom buttons, where they can be neither read nor clicked. */
  const underControls = async () => {
    const controls = await page.locator('#graph-controls').boundingBox();
    if (!controls) throw new Error('the zoom buttons are not shown');
    return covered(await boxes(), controls);
  };
  /**
   * Where the timeline's chosen entry is drawn against the part of the timeline shown: whether its
   * row is shown, its start (a band's edge or a point's dot) and whether its label ends inside.
   */
  const chosenOnTimeline = async () => {
    await page.locator('#timeline .vis-item.vis-selected:not(.vis-dot)').waitFor();
    await settled();
    const [item, shown] = await Promise.all(
      ['#timeline .vis-item.vis-selected:not(.vis-dot)', '#timeline .vis-panel.vis-center'].map((selector) =>
        page.locator(selector).boundingBox(),
      ),
    );
    if (!item || !shown) throw new Error('the timeline or its chosen entry is not drawn');
    return {
      rowShown: item.y >= shown.y && item.y + item.height <= shown.y + shown.height,
      startShown: item.x >= shown.x && item.x < shown.x + shown.width,
      labelWhole: item.x + item.width <= shown.x + shown.width,
    };
  };
  /** The filter panel's parts wider than it (cut off at its edge), and the year fields whose years do not fit. */
  const filtersCut = () =>
    page.evaluate(() => {
      const panel = document.getElementById('filters')!.getBoundingClientRect();
      // Array.from: the tests are compiled without the DOM's iterables.
      const wider = Array.from(document.querySelectorAll<HTMLElement>('#filters fieldset, #filters .type-row'))
        .filter((element) => element.getBoundingClientRect().right > panel.right + 0.5)
        .map((element) => element.id || element.textContent.trim().slice(0, 30));
      const years = Array.from(document.querySelectorAll<HTMLInputElement>('#years input'))
        .filter((input) => input.scrollWidth > input.clientWidth)
        .map((input) => input.id);
      return [...wider, ...years];
    });
  const boxOf = async (id: string) => {
    const box = (await boxes()).find((candidate) => candidate.id === id);
    if (!box) throw new Error(`${id} is not drawn`);
    return box;
  };
  const clickNode = async (id: string) => {
    const { x, y } = await boxOf(id);
    await page.mouse.click(x, y);
    await settled();
  };

  async function choose(input: string, typed: string, suggestion: RegExp): Promise<void> {
    await page.fill(input, typed);
    const list = `#${await page.getAttribute(input, 'aria-controls')}`;
    const option = page.locator(`${list} li`, { hasText: suggestion }).first();
    await option.waitFor();
    await option.click();
    await settled();
  }

  it('lands on the whole graph, drawn without overlaps, with the questions to start from', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    // The whole curated graph, every entity (also those of the 1500s: no year is set), facts, and claims,
    // plans and beliefs drawn apart.
    const { graph } = buildCuratedGraph();
    const drawn = await boxes();
    expect(drawn.map((box) => box.id).sort()).toEqual(graph.entities.map((entity) => entity.id).sort());
    expect(overlapping(drawn)).toEqual([]);
    expect(outside(drawn, (await page.locator('#graph').boundingBox())!)).toEqual([]);
    expect(await underControls()).toEqual([]);
    expect(await page.locator('#details button.story').count()).toBe(5);
    await expectText(page, '#details', `${graph.entities.length} entities and ${graph.relations.length} relations`);
    await shot('landing-1400');
    // The whole graph to take elsewhere: a click downloads it.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'GEXF (Gephi)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('amur-graph.gexf');
    const gexf = readFileSync(await file.path(), 'utf8');
    expect(gexf.match(/<node /g)?.length).toBe(graph.entities.length);
  });

  it('names the node and the relation under the pointer; a node clicked in the whole graph dims the rest but its neighbours, named', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    const { graph } = buildCuratedGraph();
    const nameOf = new Map(graph.entities.map((entity) => [entity.id, entity.name]));
    const tooltip = page.locator('#graph-tooltip');
    // On the whole graph Nevelskoy is a dot without its name; the pointer names him, above him.
    const nevelskoy = await boxOf('nevelskoy');
    await page.mouse.move(nevelskoy.x, nevelskoy.y);
    await page.waitForFunction(() => document.getElementById('graph-tooltip')!.style.top !== '');
    await expect(tooltip.textContent()).resolves.toBe('Gennady Nevelskoy · Person');
    const tip = (await tooltip.boundingBox())!;
    expect(tip.y + tip.height).toBeLessThanOrEqual(nevelskoy.y);
    expect(
      outside(
        [
          {
            id: 'tooltip',
            x: 0,
            y: 0,
            x1: tip.x,
            y1: tip.y,
            x2: tip.x + tip.width,
            y2: tip.y + tip.height,
          },
        ],
        { x: 0, y: 0, ...WIDE },
      ),
    ).toEqual([]);
    await page.mouse.move(5, WIDE.height - 5);
    await expect(tooltip.isHidden()).resolves.toBe(true);

    // A click: his relations and neighbours stay, the rest steps back, and they are named at a size
    // that can be read (their names' boxes grow from the whole graph's zoom to full size), each name
    // clear of the others: one that would cover another is left out.
    const width = (box: Box) => box.x2 - box.x1;
    const before = new Map((await boxes()).map((box) => [box.id, width(box)]));
    await page.mouse.click(nevelskoy.x, nevelskoy.y);
    await settled();
    const named = await page.evaluate(() => window.explorer.named());
    expect(named).toContain('nevelskoy');
    expect(named.length).toBeGreaterThanOrEqual(8);
    const namedBoxes = (await boxes()).filter((box) => named.includes(box.id));
    expect(overlapping(namedBoxes)).toEqual([]);
    for (const box of namedBoxes) expect(width(box)).toBeGreaterThan(1.5 * before.get(box.id)!);
    const his = (await page.evaluate(() => window.explorer.edgeCurves())).filter(
      (edge) => edge.source === 'nevelskoy' || edge.target === 'nevelskoy',
    );
    const near = new Set(his.flatMap((edge) => [edge.source, edge.target]));
    expect(near.size).toBeGreaterThan(10);
    const dimmed = await page.evaluate(() => window.explorer.dimmed());
    expect(dimmed.sort()).toEqual(
      (await page.evaluate(() => window.explorer.nodes())).filter((id) => !near.has(id)).sort(),
    );
    expect(dimmed.length).toBeGreaterThan(100);

    // One of his relations, where its middle is clear of every node: the pointer reads it as a sentence.
    const drawn = await boxes();
    const middles = await page.evaluate(
      (ids) => ids.map((id) => ({ id, ...window.explorer.edgeMiddle(id) })),
      his.map((edge) => edge.id),
    );
    const middle = middles.find((point) => drawn.every((box) => Math.hypot(point.x - box.x, point.y - box.y) > 20));
    if (!middle)
      throw new Error(`none of Nevelskoy's relations is drawn clear of the nodes: ${JSON.stringify(middles)}`);
    const clear = his.find((edge) => edge.id === middle.id)!;
    await page.mouse.move(middle.x, middle.y);
    const type = /--([A-Z_]+)--/.exec(clear.id)![1]!.toLowerCase().replace(/_/g, ' ');
    await expect(tooltip.textContent()).resolves.toBe(
      `${nameOf.get(clear.source)} ${type} ${nameOf.get(clear.target)}`,
    );

    // People filtered out, he is not drawn: nothing is dimmed. Back, he is chosen still, and it is again.
    const people = page.getByRole('checkbox', { name: 'Person', exact: true });
    await people.click();
    await expect(page.evaluate(() => window.explorer.dimmed())).resolves.toEqual([]);
    await expect(page.evaluate(() => window.explorer.named())).resolves.toEqual([]);
    await people.click();
    expect((await page.evaluate(() => window.explorer.dimmed())).sort()).toEqual(dimmed.sort());

    // A click on the background lets go of him: nothing is dimmed.
    const area = (await page.locator('#graph').boundingBox())!;
    const empty = [
      { x: area.x + 8, y: area.y + 8 },
      { x: area.x + area.width - 8, y: area.y + 8 },
      { x: area.x + 8, y: area.y + area.height - 8 },
    ].find(
      (point) => !drawn.some((box) => point.x >= box.x1 && point.x <= box.x2 && point.y >= box.y1 && point.y <= box.y2),
    )!;
    await page.mouse.click(empty.x, empty.y);
    await expect(page.evaluate(() => window.explorer.dimmed())).resolves.toEqual([]);
    await expect(page.evaluate(() => window.explorer.named())).resolves.toEqual([]);
    expect(width(await boxOf('nevelskoy'))).toBeCloseTo(before.get('nevelskoy')!, 0);

    // In a story's graph, small enough to read, a click dims nothing: its names stay legible.
    await page.goto(`${api.server.baseUrl}/?story=signatories`);
    await settled();
    await clickNode('muravyov');
    await expectText(page, '#details h2', 'Nikolay Muravyov-Amursky');
    await expect(page.evaluate(() => window.explorer.dimmed())).resolves.toEqual([]);
  });

  it('answers "who opposed the Amur expeditions?" with evidence in one click', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await page.getByRole('button', { name: 'Who opposed the Amur expeditions?' }).click();
    await settled();
    await expectText(page, '#details h2', 'Who opposed the Amur expeditions?');
    await expectText(page, '#details blockquote mark', 'Das Sonderkomitee betrachtete seine Tat');
    expect(await page.evaluate(() => window.explorer.nodes())).toEqual(
      expect.arrayContaining(['special-committee', 'nevelskoy', 'amur-expedition']),
    );
    expect(overlapping(await boxes())).toEqual([]);
    expect(await page.evaluate(() => window.location.search)).toBe('?story=opposed');
    await shot('story-opposed');

    // Back returns to the landing page.
    await page.goBack();
    await settled();
    await expectText(page, '#details h2', 'Questions to start from');
  });

  it('draws the chain from Nevelskoy to the Treaty of Aigun left to right, in hop order', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await page.getByRole('button', { name: 'How did Nevelskoy’s work lead to the Treaty of Aigun?' }).click();
    await settled();
    await expectText(page, '#details h3', 'Chain 1: Gennady Nevelskoy – Nikolay Muravyov-Amursky – Treaty of Aigun');
    const [nevelskoy, muravyov, aigun] = await Promise.all(
      ['nevelskoy', 'muravyov', 'treaty-of-aigun'].map((id) => boxOf(id)),
    );
    expect(nevelskoy!.x).toBeLessThan(muravyov!.x);
    expect(muravyov!.x).toBeLessThan(aigun!.x);
    expect(Math.abs(nevelskoy!.y - aigun!.y)).toBeLessThan(5);
    expect(overlapping(await boxes())).toEqual([]);
    expect(edgesThroughNodes(await boxes(), await page.evaluate(() => window.explorer.edgeCurves()))).toEqual([]);
    expect(await page.locator('#details blockquote').count()).toBeGreaterThan(2);
    await shot('story-nevelskoy-aigun');
  });

  it('answers who signed which treaty, and the road from Nerchinsk to Peking, the treaties left to right in time order', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    const { graph } = buildCuratedGraph();
    // Who signed, negotiated or ratified it, as the story asks (schema/operations/treaty-signatories.graphql).
    const signers = (treaty: string) =>
      new Set(
        graph.relations
          .filter((r) => ['SIGNED', 'NEGOTIATED', 'RATIFIED'].includes(r.type) && r.target === treaty)
          .map((r) => r.source),
      );
    const treaties = graph.entities
      .filter((entity) => entity.type === 'TREATY' && signers(entity.id).size > 0)
      .sort((a, b) => (a.start?.iso ?? '9999').localeCompare(b.start?.iso ?? '9999'));
    const inTimeOrder = async (ids: readonly string[]) => {
      const xs = await Promise.all(ids.map(async (id) => (await boxOf(id)).x));
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(new Set(xs).size).toBe(xs.length);
    };

    await page.getByRole('button', { name: 'Who signed which treaty, when and where?' }).click();
    await settled();
    // Each treaty a heading with its date, earliest first, each with the relations of those who signed it.
    const headings = (await page.locator('#details h3').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(headings).toEqual(treaties.map((treaty) => `${treaty.name} ${treaty.start!.iso}`));
    expect(await page.evaluate(() => window.explorer.nodes().sort())).toEqual(
      [...new Set(treaties.flatMap((treaty) => [treaty.id, ...signers(treaty.id)]))].sort(),
    );
    await inTimeOrder(treaties.map((treaty) => treaty.id));
    expect(overlapping(await boxes())).toEqual([]);
    expect(edgesThroughNodes(await boxes(), await page.evaluate(() => window.explorer.edgeCurves()))).toEqual([]);
    expect(await page.evaluate(() => window.location.search)).toBe('?story=signatories');
    await shot('story-treaties');

    await page.goBack();
    await settled();
    await page.getByRole('button', { name: 'The road from Nerchinsk (1689) to Peking (1860)' }).click();
    await settled();
    // The treaties both states signed, Russia above them and Qing China below.
    const road = treaties.filter((treaty) => signers(treaty.id).has('russia') && signers(treaty.id).has('qing-china'));
    expect(road.map((treaty) => treaty.id)).toEqual(
      expect.arrayContaining(['treaty-of-nerchinsk', 'treaty-of-peking']),
    );
    await expectText(page, '#details p.meta', road.map((treaty) => treaty.name).join(', '));
    expect(await page.evaluate(() => window.explorer.nodes().sort())).toEqual(
      [...road.map((treaty) => treaty.id), 'qing-china', 'russia'].sort(),
    );
    await inTimeOrder(road.map((treaty) => treaty.id));
    const [russia, qing, nerchinsk] = await Promise.all(['russia', 'qing-china', 'treaty-of-nerchinsk'].map(boxOf));
    expect(russia!.y).toBeLessThan(nerchinsk!.y);
    expect(qing!.y).toBeGreaterThan(nerchinsk!.y);
    expect(overlapping(await boxes())).toEqual([]);
    expect(edgesThroughNodes(await boxes(), await page.evaluate(() => window.explorer.edgeCurves()))).toEqual([]);
    await shot('story-road');
  });

  it('names the treaty and the state of each cession, and a click on a name draws that entity', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await page.getByRole('button', { name: 'What did Qing China cede, to whom, by which treaty?' }).click();
    await settled();
    const values = page.locator('#details ul.values li');
    expect(await values.allInnerTexts()).toEqual(
      expect.arrayContaining(['Received by: Russian Empire', 'Treaty: Treaty of Aigun (1858)']),
    );
    expect((await values.allInnerTexts()).join(' ')).not.toMatch(/russia\b|treaty-of-/);
    await shot('story-qing-ceded');
    const link = page.locator('#details ul.values button', { hasText: 'Treaty of Aigun (1858)' }).first();
    const box = await link.boundingBox();
    if (!box) throw new Error('the treaty is not shown as a link');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await settled();
    expect(await page.evaluate(() => window.location.search)).toBe('?focus=treaty-of-aigun&sel=n%3Atreaty-of-aigun');
    await expectText(page, '#details h2', 'Treaty of Aigun (1858)');
  });

  it('finds Muravyov by a German spelling, draws his neighbourhood without overlaps; a click selects, a button expands', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await choose('#search', 'Murawjow', /Nikolay Muravyov-Amursky/);
    await expectText(page, '#details h2', 'Nikolay Muravyov-Amursky');
    const drawn = await page.evaluate(() => window.explorer.nodes());
    expect(drawn).toEqual(expect.arrayContaining(['muravyov', 'nevelskoy', 'treaty-of-aigun']));
    expect(overlapping(await boxes())).toEqual([]);
    expect(await underControls()).toEqual([]);
    await shot('search-muravyov');

    await clickNode('nevelskoy');
    await expectText(page, '#details h2', 'Gennady Nevelskoy');
    expect((await page.evaluate(() => window.explorer.nodes())).length).toBe(drawn.length);

    await page.locator('#details button.primary').click();
    await settled();
    const after = await page.evaluate(() => window.explorer.nodes());
    expect(after.length).toBeGreaterThan(drawn.length);
    expect(after).toEqual(expect.arrayContaining(['amur-expedition', 'tatar-strait']));
  });

  it('finds Muravyov typed in Cyrillic and shows his names in Russian and Chinese', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await choose('#search', 'Муравьёв', /Nikolay Muravyov-Amursky/);
    await expectText(page, '#details h2', 'Nikolay Muravyov-Amursky');
    await expect(page.locator('#details dd[lang="ru"]').innerText()).resolves.toBe(
      'Николай Николаевич Муравьёв-Амурский',
    );
    await expect(page.locator('#details dd[lang="zh-Hans"]').innerText()).resolves.toBe('穆拉维约夫');
    await shot('names-muravyov');
  });

  it('shows the evidence of a clicked edge, the quote highlighted, with its sentence number', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=special-committee`);
    await settled();
    const { x, y } = await page.evaluate(() => window.explorer.edgeMiddle('special-committee--OPPOSED--nevelskoy'));
    await page.mouse.click(x, y);
    await settled();
    await expectText(page, '#details blockquote', 'Degradierung zu Matrosen');
    expect(await page.locator('#details blockquote mark').first().textContent()).toContain(
      'Das Sonderkomitee betrachtete seine Tat',
    );
    await expectText(page, '#details blockquote footer', 'Vertrag von Tianjin (1858), sentence');
    await expectText(page, '#details blockquote footer .provenance summary', 'Machine translation from Russian');
    // What is known and unknown of the original opens from there.
    await page.locator('#details blockquote footer .provenance summary').first().click();
    await expectText(page, '#details blockquote footer .provenance', 'the author');
    await shot('evidence');
  });

  it('draws a claim apart from facts and shows who made it and what the text says of it', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=gavrilov-expedition`);
    await settled();
    const { x, y } = await page.evaluate(() => window.explorer.edgeMiddle('gavrilov-expedition--DISCOVERED--sakhalin'));
    await page.mouse.click(x, y);
    await settled();
    await expectText(page, '#details p.assertion', 'Karl Nesselrode');
    await expectText(page, '#details .badge.asserted', 'claim');
    await expectText(page, '#details div.assertion h4', 'the text refutes it');
    expect(await page.locator('#details blockquote.verdict mark').first().textContent()).toBe(
      'Es wurde bewiesen, dass Sachalin eine Insel ist',
    );
    await shot('claim');
    // The filter hides claims, and says so in the address.
    expect(await page.evaluate(() => window.explorer.edges())).toContain('gavrilov-expedition--DISCOVERED--sakhalin');
    await page.getByRole('checkbox', { name: 'Claims' }).uncheck();
    // Read at once, the edge was still drawn once, on a loaded machine: the filter is given time.
    await page
      .waitForFunction(() => !window.explorer.edges().includes('gavrilov-expedition--DISCOVERED--sakhalin'), null, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    expect(await page.evaluate(() => window.explorer.edges())).not.toContain(
      'gavrilov-expedition--DISCOVERED--sakhalin',
    );
    expect(page.url()).toContain('hideKinds=CLAIM');
  });

  it('finds a path between ends chosen from suggestions, telling the treaty from the town', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await choose('#path-from', 'Nevelskoy', /Gennady Nevelskoy/);
    await page.fill('#path-to', 'Aigun');
    const options = page.locator('#path-to-suggestions li');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(
      expect.arrayContaining(['AigunPlace', 'Treaty of Aigun (1858)Treaty']),
    );
    await options.filter({ hasText: 'Treaty of Aigun' }).click();
    await page.click('#path-form button[type=submit]');
    await settled();
    await expectText(page, '#details h2', 'Paths from Gennady Nevelskoy to Treaty of Aigun (1858)');
    expect(await page.evaluate(() => window.explorer.onPath())).not.toEqual([]);
    expect(decodeURIComponent(await page.evaluate(() => window.location.href))).toContain(
      'path=nevelskoy~treaty-of-aigun',
    );
    expect(overlapping(await boxes())).toEqual([]);
    expect(await underControls()).toEqual([]);
    expect(edgesThroughNodes(await boxes(), await page.evaluate(() => window.explorer.edgeCurves()))).toEqual([]);
  });

  it('takes names typed and not chosen by their best match (Enter in the search, Find path), and says which fits nothing', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    // Enter at once, before any suggestion came: the best match is drawn, its name in the field.
    await page.locator('#search').pressSequentially('Murawjow', { delay: 10 });
    await page.keyboard.press('Enter');
    await expectText(page, '#details h2', 'Nikolay Muravyov-Amursky');
    await settled();
    expect(await page.inputValue('#search')).toBe('Nikolay Muravyov-Amursky');
    expect(await page.evaluate(() => window.explorer.nodes())).toContain('treaty-of-aigun');
    // Typed as a person types, the second field entered before the first one's suggestions came.
    await page.locator('#path-from').pressSequentially('Newelskoi', { delay: 20 });
    await page.locator('#path-to').pressSequentially('Vertrag von Aigun', { delay: 20 });
    await page.waitForTimeout(600);
    expect(await page.locator('#path-from-suggestions li').count()).toBe(0);
    await page.click('#path-form button[type=submit]');
    await expectText(page, '#details h2', 'Paths from Gennady Nevelskoy to Treaty of Aigun (1858)');
    await settled();
    expect(await page.evaluate(() => window.explorer.onPath())).not.toEqual([]);
    expect([await page.inputValue('#path-from'), await page.inputValue('#path-to')]).toEqual([
      'Gennady Nevelskoy',
      'Treaty of Aigun (1858)',
    ]);
    expect(await page.locator('.suggestions li').count()).toBe(0);

    await page.fill('#path-to', 'Xyzzyq');
    await page.click('#path-form button[type=submit]');
    await expectText(page, '#status', 'Nothing found for “Xyzzyq”.');
    await page.fill('#path-to', '');
    await page.click('#path-form button[type=submit]');
    await expectText(page, '#status', 'Type both ends of the path: a name in any spelling.');
    await expectText(page, '#details h2', 'Paths from Gennady Nevelskoy to Treaty of Aigun (1858)');
  });

  it('shows every “opposed” relation (OPPOSED), and only those, with "only" in the relation filter', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await page.getByRole('button', { name: 'Show every “opposed” relation, and only those' }).click();
    await settled();
    const edges = await page.evaluate(() => window.explorer.edges());
    expect(edges.length).toBeGreaterThan(15);
    expect(edges.filter((id) => !id.includes('--OPPOSED--'))).toEqual([]);
    expect(overlapping(await boxes())).toEqual([]);
    expect(await page.locator('#relation-types input[value=SUPPORTED]').isChecked()).toBe(false);
    await expectText(page, '#details h2', `Every “opposed” relation (${edges.length})`);
    // Qing China opposed the Russian Empire twice: each of the two lines says how, and only they.
    await expectText(page, '#details li .value', 'military and diplomatic pressure');
    expect(
      (await page.locator('#details li', { hasText: 'Qing China → Russian Empire' }).allTextContents())
        .map((text) => text.replace(/\s+/g, ' ').trim())
        .sort(),
    ).toEqual([
      "Qing China → Russian Empire found the Russians' arrival in the region bordering their domain most unwelcome",
      'Qing China → Russian Empire military and diplomatic pressure on the Russian envoy',
    ]);
    expect(await page.locator('#details li .value').count()).toBe(2);
    await page.locator('#details button', { hasText: 'Special Committee on the Amur → Gennady Nevelskoy' }).click();
    await settled();
    await expectText(page, '#details blockquote', 'Degradierung zu Matrosen');
    await shot('only-opposed');

    // The same, as a table: what is drawn, readable without the drawing. Zoom and fit, which act on
    // the drawing, go while it is covered; "List", pressed, takes the reader back.
    await page.getByRole('button', { name: 'List' }).click();
    const controls = async () =>
      (await page.locator('#graph-controls button:visible').allTextContents()).map((text) => text.trim());
    expect(await controls()).toEqual(['List']);
    expect(await page.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('true');
    await expectText(page, '#list-view caption', `${edges.length} relations drawn`);
    expect(await page.locator('#list-view tbody tr').count()).toBeGreaterThan(edges.length);
    // Its links, wrapped on a phone ("took place / in"), read from the left as the rest of their column.
    const aligned = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#list-view button.link')).map((link) => getComputedStyle(link).textAlign),
    );
    expect(aligned.length).toBeGreaterThan(0);
    expect(aligned.filter((align) => align !== 'left')).toEqual([]);
    await page
      .locator('#list-view tr', { hasText: 'Nicholas I' })
      .getByRole('button', { name: 'opposed', exact: true })
      .first()
      .click();
    await settled();
    await expectText(page, '#details h2', 'Nicholas I');
    await page.getByRole('button', { name: 'List' }).click();
    expect(await controls()).toEqual(['+', '−', 'Fit', 'List']);
    expect(await page.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('hides relations outside the years of the time slider, and the nodes left without any', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=russia`);
    await settled();
    const before = await page.evaluate(() => window.explorer.edges().length);
    const nodesBefore = await page.evaluate(() => window.explorer.nodes().length);
    await page.locator('#year-from').fill('1850');
    await page.locator('#year-to').fill('1860');
    // The histogram marks the decades chosen; undated relations are counted apart.
    expect(await page.locator('#year-histogram rect[fill="#1f4fa8"]').count()).toBe(2);
    await expectText(page, '#year-histogram', 'undated');
    expect(await page.evaluate(() => window.explorer.edges().length)).toBeLessThan(before);
    expect(await page.evaluate(() => window.explorer.nodes().length)).toBeLessThan(nodesBefore);
    expect(await page.evaluate(() => window.location.search)).toMatch(/from=1850.*to=1860|to=1860.*from=1850/);
    // The filters and both years are whole, in English and in German.
    expect(await page.locator('#filters .type-row').count()).toBeGreaterThan(30);
    expect(await filtersCut()).toEqual([]);
    await page.getByRole('button', { name: 'Auf Deutsch lesen' }).click();
    await page.waitForURL(/lang=de/);
    await settled();
    expect(await filtersCut()).toEqual([]);
  });

  it('restores a shared view from its URL', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await choose('#search', 'Nevelskoy', /Gennady Nevelskoy/);
    await page.locator('#entity-types input[value=SHIP]').uncheck();
    await page.waitForFunction(() => !window.explorer.nodes().includes('baikal'));
    const url = await page.evaluate(() => window.location.href);
    const shown = await page.evaluate(() => window.explorer.nodes().sort());
    expect(shown).not.toContain('baikal');

    const again = await browser.newPage({ viewport: WIDE });
    try {
      await again.goto(url);
      await again.waitForFunction((count) => window.explorer.nodes().length === count, shown.length);
      expect(await again.evaluate(() => window.explorer.nodes().sort())).toEqual(shown);
      expect(await again.locator('#entity-types input[value=SHIP]').isChecked()).toBe(false);
    } finally {
      await again.close();
    }
  });

  it('works at 390x844: the graph takes the width, the questions open in a drawer', async () => {
    await open(PHONE);
    await page.goto(api.server.baseUrl);
    await settled();
    const graph = await page.locator('#graph').boundingBox();
    expect(graph!.width).toBeGreaterThanOrEqual(300);
    // The whole graph is drawn whole: at the smallest zoom it does not fit left of the zoom buttons,
    // and was cut at both sides there.
    const drawn = await boxes();
    expect(drawn.length).toBeGreaterThan(150);
    expect(outside(drawn, graph!)).toEqual([]);
    expect(await underControls()).toEqual([]);
    await shot('landing-390');
    await page.getByRole('button', { name: 'Who opposed the Amur expeditions?' }).click();
    await settled();
    await expectText(page, '#details blockquote mark', 'Das Sonderkomitee betrachtete seine Tat');
    await closeDetails();
    expect(await page.locator('#details').isVisible()).toBe(false);
    await clickNode('nevelskoy');
    await expectText(page, '#details h2', 'Gennady Nevelskoy');
    expect(overlapping(await boxes())).toEqual([]);
    await shot('story-opposed-390');
  });

  it.each([
    ['1400x900', WIDE],
    ['390x844', PHONE],
  ])(
    'reviews a suggestion at the desk at %s: the token once, a correction, then the accepted relation with its reviewer',
    async (size, viewport) => {
      const TOKEN = 'e2e-review-token-0123456789';
      const admin = await startTestServer(api.driver, { adminToken: TOKEN });
      const deleteIngested = () =>
        api.driver.executeQuery(
          new CypherLoader().load('documents/delete-ingested-data'),
          {},
          {
            database: testNeo4jConnection().database,
          },
        );
      try {
        await deleteIngested();
        const text = readFileSync(path.join(projectPaths.root, 'tests/fixtures/documents/amur-bericht.de.txt'), 'utf8');
        const ingest = await fetch(`${admin.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({
            query: 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { suggestedRelations } }',
            variables: { input: { id: 'amur-bericht', title: 'Bericht über den Amur', language: 'de', text } },
          }),
        });
        expect(
          ((await ingest.json()) as { data: { ingestDocument: { suggestedRelations: number } } }).data.ingestDocument
            .suggestedRelations,
        ).toBeGreaterThan(0);

        await open(viewport, admin.baseUrl);
        await page.goto(admin.baseUrl);
        await settled();
        await page.getByRole('button', { name: 'Review' }).click();
        await page.fill('#admin-token', TOKEN);
        await page.getByRole('button', { name: 'Use for this session' }).click();
        await settled();
        await page.locator('#details button', { hasText: 'Bericht über den Amur' }).click();
        await settled();
        await expectText(page, '#details h2', 'Pending suggestions of amur-bericht');

        // Nesselrode OPPOSED the Amur expedition, proposed from "ein entschiedener Gegner": correct
        // its date, and accept it under a name.
        const card = page.locator('#details section.suggestion', { hasText: 'Karl Nesselrode opposed' }).first();
        await expect(card.locator('mark').count()).resolves.toBeGreaterThan(0);
        // Why the pipeline proposed it, for the reviewer to judge.
        await expect(card.locator('.reading').innerText()).resolves.toMatch(/^Proposed by: cue word "Gegner"/);
        await card.getByRole('button', { name: 'Correct…' }).click();
        await page.fill('#correct-date', '1849');
        await page.fill('#correct-reviewer', 'Historikerin C.');
        await page.getByRole('button', { name: 'Accept corrected' }).click();
        await settled();
        await expectText(page, '#details .badge.reviewed', 'accepted from a suggestion');
        await expectText(page, '#details', 'by Historikerin C.');
        await expectText(page, '#details .meta', '1849');
        expect(await page.evaluate(() => window.explorer.edges())).toEqual([
          expect.stringMatching(/^reviewed:/) as unknown as string,
        ]);
        await shot(`review-accepted-${size}`);

        // The document read as a text, each suggestion after its sentence's number, with its state.
        await page.getByRole('button', { name: 'Review' }).click();
        await settled();
        await page.getByRole('button', { name: 'Read the text' }).click();
        await settled();
        await expectText(page, '#details h2', 'Bericht über den Amur');
        expect(await page.locator('#details .reader .suggestion-mark').count()).toBeGreaterThan(1);
        await expectText(page, '#details .reader .suggestion-mark.status-accepted', 'Karl Nesselrode opposed');
        await expectText(page, '#details .reader .suggestion-mark.status-pending', 'pending');
        await shot(`review-reader-${size}`);
      } finally {
        await deleteIngested();
        await admin.close();
      }
    },
  );

  it('condenses a state’s 70 relations by type, and opens a fan with a click', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=russia`);
    await settled();
    const fans = (await boxes()).filter((box) => box.id.startsWith('fan:'));
    expect(fans.map((fan) => fan.id)).toEqual(expect.arrayContaining(['fan:russia:PART_OF', 'fan:russia:ANNEXED']));
    expect((await boxes()).length).toBeLessThan(40);
    expect(overlapping(await boxes())).toEqual([]);
    await shot('fans-russia');
    const before = (await page.evaluate(() => window.explorer.nodes())).length;
    const annexed = fans.find((fan) => fan.id === 'fan:russia:ANNEXED')!;
    await page.mouse.click(annexed.x, annexed.y);
    await settled();
    const after = await page.evaluate(() => window.explorer.nodes());
    expect(after).toEqual(expect.arrayContaining(['kazan-khanate', 'nogai-horde', 'semirechye']));
    expect(after).not.toContain('fan:russia:ANNEXED');
    expect(after.length).toBeGreaterThan(before);
  });

  it('moves through the graph with the keyboard', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=nevelskoy`);
    await settled();
    await page.focus('#graph');
    await page.keyboard.press('ArrowRight');
    const chosen = await page.evaluate(() => window.location.href);
    await page.keyboard.press('Enter');
    await settled();
    const heading = await page.locator('#details h2').first().innerText();
    expect(heading).not.toBe('Gennady Nevelskoy');
    expect(await page.evaluate(() => window.location.href)).not.toBe(chosen);
    const drawn = (await page.evaluate(() => window.explorer.nodes())).length;
    await page.keyboard.press('e');
    await settled();
    expect((await page.evaluate(() => window.explorer.nodes())).length).toBeGreaterThanOrEqual(drawn);
  });

  it('speaks German when asked, and switches back with one click', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?lang=de`);
    await settled();
    await expectText(page, '#details h2', 'Fragen für den Anfang');
    await expect(page.locator('#path-form button[type=submit]').innerText()).resolves.toBe('Weg finden');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByRole('button', { name: 'Wer war gegen die Amur-Expeditionen?' }).click();
    await settled();
    await expectText(page, '#details blockquote footer', 'Satz');
    // Who opposed what, by the names the German text gives them.
    expect(await page.locator('#details h3').allTextContents()).toContainEqual(
      expect.stringMatching(/^\s*Karl Nesselrode\s+war gegen\s+Putjatins Expedition\s*$/),
    );
    await shot('story-opposed-de');
    // An entity's relations under their types in German, in German alphabetical order.
    await page.goto(`${api.server.baseUrl}/?lang=de&focus=nevelskoy&sel=n%3Anevelskoy`);
    await settled();
    // Its name as the German text writes it, its type in German, and its English name, said to be that.
    await expectText(page, '#details h2', 'Gennadi Iwanowitsch Newelskoi');
    expect((await page.locator('#details p.meta').first().textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Person · englisch: Gennady Nevelskoy',
    );
    expect(await page.locator('#details h4[title]').allTextContents()).toEqual([
      'befehligte',
      'entdeckte',
      'gründete',
      'leitete',
      'reiste nach',
      'sandte',
      'unterstützte',
      'war gegen',
      'zeichnete aus',
    ]);
    // The list of what is drawn names them so too, in German alphabetical order; one without a German name keeps its English one.
    await page.getByRole('button', { name: 'Liste' }).click();
    const names = await page.locator('#list-view td button[data-entity]').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Gennadi Iwanowitsch Newelskoi', 'Russisches Reich', 'Amurmündung']));
    expect(names).not.toContain('Russian Empire');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.waitForURL(/lang=en/);
    await settled();
    await expect(page.locator('#path-form button[type=submit]').innerText()).resolves.toBe('Find path');
    await expectText(page, '#details h2', 'Gennady Nevelskoy');
    expect((await page.locator('#details p.meta').first().textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Person · in the text: Gennadi Iwanowitsch Newelskoi',
    );
    // A name the text writes as the English does is not said twice.
    await page.goto(`${api.server.baseUrl}/?lang=de&focus=nesselrode&sel=n%3Anesselrode`);
    await settled();
    await expectText(page, '#details h2', 'Karl Nesselrode');
    expect((await page.locator('#details p.meta').first().textContent())?.trim()).toBe('Person');
  });

  it('gives a decade and a century in words, in English and in German, where their ISO forms are codes', async () => {
    await open();
    for (const [lang, century, decade, [lena, settlers]] of [
      ['en', 'In the 16th century (“Ende des 16. Jahrhunderts”)', '1630s', ['Lena River', 'Russian settlers']],
      ['de', 'Im 16. Jahrhundert (“Ende des 16. Jahrhunderts”)', '1630er', ['Lena', 'Russische Siedler']],
    ] as const) {
      // Russia annexed Western Siberia "Ende des 16. Jahrhunderts": the century given as "15", the years 1500-1599.
      await page.goto(`${api.server.baseUrl}/?lang=${lang}&focus=russia&sel=e%3Arussia--ANNEXED--western-siberia`);
      await settled();
      await expectText(page, '#details p.meta', century);
      // Russian settlers settled on the Lena "In den 1630er Jahren": the decade given as "163".
      await page.goto(`${api.server.baseUrl}/?lang=${lang}&focus=lena`);
      await settled();
      await page.locator('#toggle-list').click();
      const row = page.locator('#list-view table', { hasText: lena }).first().locator('tr', { hasText: settlers });
      expect((await row.locator('td').last().textContent())?.trim()).toBe(decade);
    }
  });

  it('works at 390x844 for paths, claims and fans too', async () => {
    await open(PHONE);
    await page.goto(api.server.baseUrl);
    await settled();
    await closeDetails();
    // The path's fields and button in one row, under the search: the header keeps to three rows.
    const [from, find] = await Promise.all(
      ['#path-from', '#path-form button[type=submit]'].map(
        async (selector) => (await page.locator(selector).boundingBox())!,
      ),
    );
    expect(find!.y).toBeLessThan(from!.y + from!.height);
    expect((await page.locator('header').boundingBox())!.height).toBeLessThan(120);
    await choose('#path-from', 'Nevelskoy', /Gennady Nevelskoy/);
    // The second field's suggestions open inside the screen.
    await page.fill('#path-to', 'Aigun');
    await page.locator('#path-to-suggestions li').first().waitFor();
    const list = (await page.locator('#path-to-suggestions').boundingBox())!;
    expect([list.x >= 0, list.x + list.width <= PHONE.width]).toEqual([true, true]);
    await choose('#path-to', 'Aigun', /Treaty of Aigun/);
    await page.click('#path-form button[type=submit]');
    await settled();
    await expectText(page, '#details h2', 'Paths from Gennady Nevelskoy to Treaty of Aigun (1858)');
    expect(overlapping(await boxes())).toEqual([]);
    expect(await underControls()).toEqual([]);
    expect(edgesThroughNodes(await boxes(), await page.evaluate(() => window.explorer.edgeCurves()))).toEqual([]);
    await shot('path-390');

    await page.goto(`${api.server.baseUrl}/?focus=gavrilov-expedition`);
    await settled();
    await closeDetails();
    const { x, y } = await page.evaluate(() => window.explorer.edgeMiddle('gavrilov-expedition--DISCOVERED--sakhalin'));
    await page.mouse.click(x, y);
    await settled();
    await expectText(page, '#details div.assertion h4', 'the text refutes it');
    await shot('claim-390');

    await page.goto(`${api.server.baseUrl}/?focus=russia`);
    await settled();
    await closeDetails();
    const fan = (await boxes()).find((box) => box.id === 'fan:russia:PART_OF')!;
    await page.mouse.click(fan.x, fan.y);
    await settled();
    expect(await page.evaluate(() => window.explorer.nodes())).not.toContain('fan:russia:PART_OF');
    expect(overlapping(await boxes())).toEqual([]);
  });

  it('works at 390x844 for search, the filter drawer, "only", years and the list view', async () => {
    await open(PHONE);
    await page.goto(api.server.baseUrl);
    await settled();
    await choose('#search', 'Murawjow', /Nikolay Muravyov-Amursky/);
    await expectText(page, '#details h2', 'Nikolay Muravyov-Amursky');
    expect(overlapping(await boxes())).toEqual([]);
    // The click on a suggestion leaves every field (a phone's keyboard closes), and focuses none
    // under the list (once the path's "to" field).
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'Show every “opposed” relation, and only those' }).click();
    await settled();
    const edges = await page.evaluate(() => window.explorer.edges());
    expect(edges.length).toBeGreaterThan(15);
    expect(edges.filter((id) => !id.includes('--OPPOSED--'))).toEqual([]);
    await shot('only-opposed-390');

    if (!(await page.locator('#year-from').isVisible())) await page.getByRole('button', { name: 'Filters' }).click();
    await page.locator('#year-from').fill('1850');
    await page.locator('#year-to').fill('1860');
    expect((await page.evaluate(() => window.explorer.edges())).length).toBeLessThan(edges.length);

    await page.getByRole('button', { name: 'List' }).click();
    await expectText(page, '#list-view caption', 'relations drawn');
    await shot('list-390');
  });

  it('cites a relation: the text with its sentence and access date, a permalink, CSL-JSON and BibTeX', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=muravyov&sel=e:muravyov--SIGNED--treaty-of-aigun`);
    await settled();
    await page.getByText('Cite this relation').click();
    await expectText(page, '#details .citation-text', 'Am 16. Mai 1858 wurde der Vertrag von Aigun unterzeichnet');
    await expectText(page, '#details .citation-text', 'Accessed:');
    const permalink = (await page.getByRole('link', { name: 'Permalink' }).getAttribute('href'))!;
    expect(permalink).toContain('?sel=e%3Amuravyov--SIGNED--treaty-of-aigun');
    expect(await page.getByRole('link', { name: 'BibTeX' }).getAttribute('href')).toMatch(
      /^data:application\/x-bibtex/,
    );
    await shot('citation');
    // The permalink opens exactly that relation.
    await page.goto(permalink);
    await settled();
    await expectText(page, '#details h2', 'Nikolay Muravyov-Amursky');
    await expectText(page, '#details h2 small[title=SIGNED]', 'signed');
  });

  it('reads a piece of evidence in context: the reader opens at its sentence, the words marked', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=muravyov&sel=e:muravyov--SIGNED--treaty-of-aigun`);
    await settled();
    await expectText(page, '#details h2', 'Nikolay Muravyov-Amursky');
    await page.getByRole('button', { name: 'Read in context' }).first().click();
    await settled();
    await page.locator('#details .reader .in-context').waitFor();
    // The quoted words marked, however the names in them cut the marking.
    const marked = await page
      .locator('#details .reader .in-context mark')
      .evaluateAll((marks) => marks.map((mark) => mark.textContent).join(''));
    expect(marked).toContain('Am 16. Mai 1858 wurde der Vertrag von Aigun unterzeichnet');
    // Scrolled to it: the sentence is inside the panel's visible part.
    const panel = (await page.locator('#details').boundingBox())!;
    const sentence = (await page.locator('#details .reader .in-context').boundingBox())!;
    expect(sentence.y).toBeGreaterThanOrEqual(panel.y);
    expect(sentence.y + Math.min(sentence.height, 40)).toBeLessThanOrEqual(panel.y + panel.height);
    expect(page.url()).toContain('read=vertrag-von-tianjin-1858');
    // It is evidence of a relation, and so marked, as are the other sentences that are.
    await expect(page.locator('#details .reader .in-context .evidence-mark').count()).resolves.toBe(1);
    await expectText(page, '#details .meta', 'sentences that are evidence of a relation');
    expect(await page.locator('#details .reader .evidence-mark').count()).toBeGreaterThan(50);
    await shot('reader');
    // A name in the text leads to its entity.
    await page.locator('#details .reader button.mention', { hasText: 'Yi Shan' }).first().click();
    await settled();
    await expectText(page, '#details h2', 'Yi Shan');
  });

  it('selects in the graph, and the map and the timeline select the same; the years filter the map', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=treaty-of-aigun`);
    await settled();
    await clickNode('treaty-of-aigun');
    await expectText(page, '#details h2', 'Treaty of Aigun (1858)');

    await page.getByRole('tab', { name: 'Map' }).click();
    await settled();
    const markers = await page.evaluate(() => window.explorer.mapMarkers());
    expect(markers.filter((marker) => marker.selected).map((marker) => marker.id)).toEqual(['treaty-of-aigun']);
    // Every place with coordinates is on the map.
    const { graph } = buildCuratedGraph();
    const placed = graph.entities.filter((entity) => entity.location !== null).map((entity) => entity.id);
    expect(placed.length).toBe(graph.entities.filter((entity) => entity.type === 'PLACE').length);
    expect(markers.map((marker) => marker.id)).toEqual(expect.arrayContaining(placed));
    await shot('map-aigun');
    // Brought to Aigun's neighbourhood, the map shows Tianjin once zoomed out; a click on its
    // marker chooses it everywhere.
    const frame = (await page.locator('#map').boundingBox())!;
    const tianjinShown = async () => {
      const marker = (await page.evaluate(() => window.explorer.mapMarkers())).find(
        ({ id }) => id === 'treaty-of-tianjin',
      )!;
      const inside = marker.x > frame.x && marker.x < frame.x + frame.width && marker.y < frame.y + frame.height;
      return inside ? marker : null;
    };
    expect(await tianjinShown()).toBeNull();
    const zoomOut = (await page.getByRole('button', { name: 'Zoom out' }).boundingBox())!;
    for (let clicks = 0; clicks < 3 && !(await tianjinShown()); clicks += 1) {
      await page.mouse.click(zoomOut.x + zoomOut.width / 2, zoomOut.y + zoomOut.height / 2);
      await page.waitForTimeout(400);
    }
    const tianjin = (await tianjinShown())!;
    expect(tianjin).not.toBeNull();
    await page.mouse.click(tianjin.x, tianjin.y);
    await settled();
    await expectText(page, '#details h2', 'Treaty of Tianjin (1858)');
    expect(page.url()).toContain('sel=n%3Atreaty-of-tianjin');
    // It GRANTED the Russian Empire seven rights: each of the seven lines says which, and only they.
    await settled();
    const rights = await page.locator('#details li .value').allInnerTexts();
    expect(rights).toHaveLength(7);
    expect(new Set(rights).size).toBe(7);
    expect(rights).toEqual(
      expect.arrayContaining(['to send envoys to Peking', 'to appoint consuls to the open ports']),
    );

    // The time slider dragged to 1849-1855: the treaties of 1858 leave the map.
    await expectText(page, '#map-years-label', 'All years');
    await dragYearHandle(page, 'upper', 1855);
    await dragYearHandle(page, 'lower', 1849);
    await expectText(page, '#map-years-label', '1849–1855');
    expect(page.url()).toMatch(/from=1849.*to=1855/);
    expect(await page.locator('#year-from').inputValue()).toBe('1849');
    const shown = (await page.evaluate(() => window.explorer.mapMarkers())).map((marker) => marker.id);
    expect(shown).not.toContain('treaty-of-aigun');
    expect(shown).not.toContain('treaty-of-tianjin');
    expect(shown).toContain('aigun');
    await shot('map-1849-1855');
    // The handles take the arrow keys too; back to every year.
    await page.locator('#time-slider .noUi-handle-upper').focus();
    await page.keyboard.press('End');
    await page.locator('#time-slider .noUi-handle-lower').focus();
    await page.keyboard.press('Home');
    await expectText(page, '#map-years-label', 'All years');
    expect(page.url()).not.toContain('from=');
    expect((await page.evaluate(() => window.explorer.mapMarkers())).map((marker) => marker.id)).toContain(
      'treaty-of-aigun',
    );

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await settled();
    const items = await page.evaluate(() => window.explorer.timelineItems());
    expect(items.filter((item) => item.selected).map((item) => item.id)).toEqual(['treaty-of-tianjin']);
    expect(await chosenOnTimeline()).toEqual({ rowShown: true, startShown: true, labelWhole: true });
    // At the zoom it opened with, years apart, not zoomed in on the day of the treaty.
    const ticks = (await page.locator('#timeline .vis-time-axis .vis-text.vis-minor').allInnerTexts())
      .map((tick) => tick.trim())
      .filter((tick) => tick !== '');
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.filter((tick) => /^1[89]\d\d$/.test(tick))).toEqual(ticks);
    await shot('timeline-tianjin');
    expect(page.url()).toContain('pane=timeline');

    // The keyboard: Tab reaches the timeline, an arrow moves to the next entry, Enter reads it.
    await page.locator('#timeline .timeline-host').focus();
    await page.keyboard.press('ArrowRight');
    const moved = (await page.evaluate(() => window.explorer.timelineItems())).filter((item) => item.selected);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.id).not.toBe('treaty-of-tianjin');
    expect(await chosenOnTimeline()).toEqual({ rowShown: true, startShown: true, labelWhole: true });
    await page.keyboard.press('Enter');
    await settled();
    expect(decodeURIComponent(page.url())).toContain(`:${moved[0]!.id}`);

    // The entry after the Treaty of Tianjin is a relation: its evidence shows, read when it is
    // chosen (the timeline's pages carry none).
    expect(moved[0]!.id).toContain('--');
    await page.locator('#details blockquote').first().waitFor({ timeout: 5_000 });
    expect((await page.locator('#details blockquote').first().textContent())!.trim().length).toBeGreaterThan(20);

    // The relations of the graph drawn that have no date are listed under the timeline, and open.
    const undated = page.locator('#timeline .undated');
    await undated.locator('summary').click();
    const first = undated.locator('button[data-relation]').first();
    const label = (await first.textContent())!;
    expect(await undated.locator('button[data-relation]').count()).toBeGreaterThan(0);
    await first.click();
    await settled();
    await expectText(page, '#details', label.split(' ')[0]!);
    expect(page.url()).toContain('sel=e%3A');
  });

  it('shows on the map and the timeline what the graph draws, the rest faded, or only it', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?focus=muravyov`);
    await settled();
    const drawn = new Set([
      ...(await page.evaluate(() => window.explorer.nodes())),
      ...(await page.evaluate(() => window.explorer.edges())),
    ]);
    expect(drawn).toContain('muravyov--SIGNED--treaty-of-aigun');
    const scope = page.getByRole('checkbox', { name: 'Only the graph drawn' });
    // Only the map and the timeline have it.
    expect(await scope.isVisible()).toBe(false);

    // The timeline shows every entry of its years; those of Muravyov's neighbourhood stand out.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await settled();
    const items = await page.evaluate(() => window.explorer.timelineItems());
    const standing = items.filter((item) => !item.faded).map((item) => item.id);
    expect(standing).toContain('muravyov--SIGNED--treaty-of-aigun');
    expect(standing.filter((id) => !drawn.has(id))).toEqual([]);
    expect(items.find((item) => item.id === 'nesselrode--LED--russian-foreign-ministry')).toMatchObject({
      faded: true,
    });
    // Its entries take the top rows: the first holds none of the faded.
    const top = Math.min(...items.map((item) => item.y));
    expect(items.filter((item) => Math.abs(item.y - top) < 5 && item.faded).map((item) => item.id)).toEqual([]);
    const legend = page.locator('#timeline .faded-note');
    expect(await legend.textContent()).toContain('Pale: not in the graph drawn.');
    expect(await legend.isVisible()).toBe(true);
    await shot('timeline-muravyov-faded');

    // Only the graph drawn: its dated entries, fitted to the window with their labels whole.
    await scope.check();
    await settled();
    expect(page.url()).toContain('scope=graph');
    const only = await page.evaluate(() => window.explorer.timelineItems());
    expect(only.map((item) => item.id).sort()).toEqual([...standing].sort());
    expect(await legend.isVisible()).toBe(false);
    const panel = (await page.locator('#timeline .vis-panel.vis-center').boundingBox())!;
    expect(only.filter((item) => item.right > panel.x + panel.width).map((item) => item.id)).toEqual([]);
    expect(only.filter((item) => item.x < panel.x).map((item) => item.id)).toEqual([]);
    await shot('timeline-muravyov-only');
    // The filters reach it: without "signed", his signing of the Treaty of Aigun leaves it.
    await page.locator('#relation-types input[value=SIGNED]').uncheck();
    await settled();
    const unsigned = (await page.evaluate(() => window.explorer.timelineItems())).map((item) => item.id);
    expect(unsigned).not.toContain('muravyov--SIGNED--treaty-of-aigun');
    expect(unsigned).toContain('muravyov--NEGOTIATED--treaty-of-aigun');
    await page.locator('#relation-types input[value=SIGNED]').check();
    await settled();

    // The map: the places and happenings of the graph drawn, and only they.
    await page.getByRole('tab', { name: 'Map' }).click();
    await settled();
    const markers = await page.evaluate(() => window.explorer.mapMarkers());
    expect(markers.map((marker) => marker.id)).toContain('treaty-of-aigun');
    expect(markers.filter((marker) => !drawn.has(marker.id) || marker.faded)).toEqual([]);
    // Brought into view, Petropavlovsk on Kamchatka too.
    expect(markers.map((marker) => marker.id)).toContain('petropavlovsk');
    const map = (await page.locator('#map').boundingBox())!;
    expect(pointsOutside(markers, map)).toEqual([]);
    await shot('map-muravyov-only');
    // Everything again: Tianjin, where he was not, is back and faded; the Treaty of Aigun is not.
    await scope.uncheck();
    await settled();
    expect(page.url()).not.toContain('scope=');
    const all = await page.evaluate(() => window.explorer.mapMarkers());
    expect(all.length).toBeGreaterThan(markers.length);
    expect(all.find((marker) => marker.id === 'tianjin')).toMatchObject({ faded: true });
    expect(all.find((marker) => marker.id === 'treaty-of-aigun')).toMatchObject({ faded: false });

    // A shared link keeps the choice.
    await page.goto(`${api.server.baseUrl}/?focus=muravyov&pane=timeline&scope=graph`);
    await settled();
    expect(await scope.isChecked()).toBe(true);
    expect((await page.evaluate(() => window.explorer.timelineItems())).filter((item) => item.faded)).toEqual([]);
  });

  it('frames the timeline on the answer drawn, its entries whole and on top, the rest faded around them', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await page.getByRole('button', { name: 'What did Qing China cede, to whom, by which treaty?' }).click();
    await settled();
    const cessions = (await page.evaluate(() => window.explorer.edges())).sort();
    expect(cessions).toHaveLength(2);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await settled();
    // Settled means drawn: vis-timeline is invisible until its first drawing is done.
    const timeline = page.locator('#timeline .vis-timeline');
    expect(await timeline.evaluate((element) => getComputedStyle(element).visibility)).toBe('visible');
    const items = await page.evaluate(() => window.explorer.timelineItems());
    const standing = items.filter((item) => !item.faded);
    // The two cessions (1858 and 1860), the rest of their years faded beside them.
    expect(standing.map((item) => item.id).sort()).toEqual(cessions);
    expect(items.filter((item) => item.faded).length).toBeGreaterThan(0);
    const panel = (await page.locator('#timeline .vis-panel.vis-center').boundingBox())!;
    const cut = standing.filter((item) => item.x < panel.x || item.right > panel.x + panel.width);
    expect(cut.map((item) => item.id)).toEqual([]);
    const top = Math.min(...items.map((item) => item.y));
    expect(Math.min(...standing.map((item) => item.y))).toBe(top);
    await shot('timeline-cessions');
  });

  it('names what is on the map, a name over no other name or marker, and of an answer only its own', async () => {
    /** The names on the map as drawn (Box: the entity named, its box a pixel in, for the halo) and what they say. */
    const mapNames = () =>
      page.locator('#map .map-label').evaluateAll((elements) =>
        elements.map((element) => {
          const { left, top, right, bottom } = element.getBoundingClientRect();
          const entity = (element.firstElementChild as HTMLElement | null)?.dataset.entity ?? '';
          const [x1, y1, x2, y2] = [left + 1, top + 1, right - 1, bottom - 1];
          return { id: entity, name: element.textContent, x: (x1 + x2) / 2, y: (y1 + y2) / 2, x1, y1, x2, y2 };
        }),
      );
    for (const viewport of [WIDE, PHONE]) {
      await open(viewport);
      await page.goto(`${api.server.baseUrl}/?pane=map`);
      await settled();
      const names = await mapNames();
      const markers = await page.evaluate(() => window.explorer.mapMarkers());
      expect(names.length).toBeGreaterThan(viewport === WIDE ? 35 : 18);
      expect(names.map((name) => name.id).sort()).toEqual(
        markers
          .filter((marker) => marker.named)
          .map((marker) => marker.id)
          .sort(),
      );
      // On a phone the markers about Aigun lie too close to name them all at first.
      const known = ['Aigun', 'Albazin', 'Peking'];
      expect(names.map((name) => name.name)).toEqual(
        expect.arrayContaining(
          viewport === WIDE ? [...known, 'Treaty of Aigun (1858)', 'Treaty of Tianjin (1858)'] : known,
        ),
      );
      expect(overlapping(names)).toEqual([]);
      // A marker's dot is 5 pixels round: no name lies over another's.
      const dots = markers.map(({ id, x, y }) => ({ id, x, y, x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 }));
      const covering = names.flatMap(({ id, x1, y1, x2, y2 }) =>
        covered(
          dots.filter((dot) => dot.id !== id),
          { x: x1, y: y1, width: x2 - x1, height: y2 - y1 },
        ).map((dot) => `${id} over ${dot}`),
      );
      expect(covering).toEqual([]);
      const map = (await page.locator('#map').boundingBox())!;
      const zoom = (await page.locator('#map .leaflet-control-zoom').boundingBox())!;
      expect([...outside(names, map), ...covered(names, zoom)]).toEqual([]);
      await shot(`map-named-${viewport.width}`);
      if (viewport === PHONE) {
        // The wheel over Aigun zooms in around it, and names what is there.
        const aigun = markers.find((marker) => marker.id === 'aigun')!;
        await page.mouse.move(aigun.x, aigun.y);
        await page.mouse.wheel(0, -500);
        await page.locator('#map .map-label', { hasText: 'Treaty of Aigun (1858)' }).waitFor();
        await shot('map-named-390-zoomed');
      }
      await page.close();
      expect(problems).toEqual([]);
    }

    // An answer: the map is brought to its places, which are named, the rest (faded) not.
    await open();
    await page.goto(`${api.server.baseUrl}/?pane=map`);
    await settled();
    const apart = async () => {
      const ceded = (await page.evaluate(() => window.explorer.mapMarkers())).filter((marker) =>
        ['amur-left-bank', 'ussuri-territory'].includes(marker.id),
      );
      expect(ceded).toHaveLength(2);
      return Math.hypot(ceded[0]!.x - ceded[1]!.x, ceded[0]!.y - ceded[1]!.y);
    };
    const before = await apart();
    await page.getByRole('button', { name: 'What did Qing China cede, to whom, by which treaty?' }).click();
    await settled();
    expect((await mapNames()).map((name) => name.name).sort()).toEqual(['Left bank of the Amur', 'Ussuri territory']);
    expect(await apart()).toBeGreaterThan(1.5 * before);
    const frame = (await page.locator('#map').boundingBox())!;
    const ceded = (await page.evaluate(() => window.explorer.mapMarkers())).filter((marker) => !marker.faded);
    expect(pointsOutside(ceded, frame)).toEqual([]);
    // Chosen, a place is named first and in bold, wherever it is.
    const ussuri = (await page.evaluate(() => window.explorer.mapMarkers())).find(
      (marker) => marker.id === 'ussuri-territory',
    )!;
    await page.mouse.click(ussuri.x, ussuri.y);
    await settled();
    expect(await page.locator('#map .map-label.chosen').textContent()).toBe('Ussuri territory');
    // Under the pointer a named marker does not say its name twice; one not named says it.
    const hovered = page.locator('#map .leaflet-tooltip:not(.map-label)');
    expect(await hovered.count()).toBe(0);
    await shot('map-named-cessions');
    const unnamed = (await page.evaluate(() => window.explorer.mapMarkers())).find(
      ({ x, y, named, faded }) =>
        faded &&
        !named &&
        x > frame.x + 60 &&
        x < frame.x + frame.width - 60 &&
        y > frame.y + 60 &&
        y < frame.y + frame.height - 60,
    )!;
    expect(unnamed).toBeDefined();
    await page.mouse.move(unnamed.x, unnamed.y);
    await hovered.waitFor();
    expect(await hovered.count()).toBe(1);
  });

  it('pages the timeline one request at a time as it is zoomed out to 1600-1900', async () => {
    await open();
    let inFlight = 0;
    let most = 0;
    let timelineRequests = 0;
    const isTimeline = (request: { url(): string; postData(): string | null }) =>
      request.url().endsWith('/graphql') && (request.postData() ?? '').includes('query Timeline');
    page.on('request', (request) => {
      if (!isTimeline(request)) return;
      timelineRequests += 1;
      inFlight += 1;
      most = Math.max(most, inFlight);
    });
    const done = (request: { url(): string; postData(): string | null }) => {
      if (isTimeline(request)) inFlight -= 1;
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await page.goto(`${api.server.baseUrl}/?pane=timeline`);
    await settled();
    const box = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The wheel zooms vis-timeline out, a step at a time, to its limits (1500-2000).
    for (let step = 0; step < 25; step += 1) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() => window.explorer.idle());
    await page.waitForTimeout(1000);
    await page.waitForFunction(() => window.explorer.idle());
    const asked = await page.evaluate(() => window.explorer.timelineRequests());
    expect(asked).toEqual(expect.arrayContaining([expect.stringMatching(/^1[56]\d\d-/) as unknown as string]));
    expect(timelineRequests).toBe(asked.length);
    expect(most).toBe(1);
    const items = await page.evaluate(() => window.explorer.timelineItems());
    expect(items.length).toBeGreaterThan(0);
    // Every label can be read: the bands too narrow for their labels at this zoom are rings.
    expect(items.filter((item) => item.labelCut).map((item) => item.id)).toEqual([]);
    expect(items.filter((item) => item.shape === 'ring').length).toBeGreaterThan(0);
    await shot('timeline-1600-1900');
  });

  it('opens a shared link to the timeline at its years, and the map with its slider set to them', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?from=1685&to=1690&pane=timeline`);
    await settled();
    expect(await page.evaluate(() => window.explorer.timelineRequests())).toEqual(['1685-1691']);
    const drawn = await page.evaluate(() => window.explorer.timelineItems());
    const items = drawn.map((item) => item.id);
    expect(drawn.filter((item) => item.labelCut).map((item) => item.id)).toEqual([]);
    expect(items).toContain('treaty-of-nerchinsk');
    expect(items).not.toContain('treaty-of-aigun');
    // The second siege of Albazin (1686-1687) is too short here for its label: a ring. Zoomed in
    // on it with the wheel, it is a band again, its label whole.
    const siege = async () =>
      (await page.evaluate(() => window.explorer.timelineItems())).find(
        (item) => item.id === 'second-siege-of-albazin',
      )!;
    expect((await siege()).shape).toBe('ring');
    const { x, y } = await siege();
    await page.mouse.move(x, y);
    for (let step = 0; step < 10 && (await siege()).shape === 'ring'; step += 1) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(300);
    }
    expect(await siege()).toMatchObject({ shape: 'band', labelCut: false });
    await shot('timeline-albazin-zoomed');
    await page.getByRole('tab', { name: 'Map' }).click();
    await settled();
    await expectText(page, '#map-years-label', '1685–1690');
    // The sieges of Albazin are on the map; the Treaty of Nerchinsk is not: the text does not say where it was signed.
    const shown = (await page.evaluate(() => window.explorer.mapMarkers())).map((marker) => marker.id);
    expect(shown).toEqual(expect.arrayContaining(['siege-of-albazin-1685', 'second-siege-of-albazin']));
    expect(shown).not.toContain('treaty-of-aigun');
  });

  it('works at 390x844 for a shared link, German, the reader, the map and the timeline', async () => {
    await open(PHONE);
    await page.goto(`${api.server.baseUrl}/?lang=de&focus=muravyov&sel=e:muravyov--SIGNED--treaty-of-aigun`);
    await settled();
    await expectText(page, '#details h2', 'Nikolai Nikolajewitsch Murawjow-Amurski');
    // Types in the reader's language: the relation's, and the relation filter's.
    await expectText(page, '#details h2 small[title=SIGNED]', 'unterzeichnete');
    expect(await page.locator('#relation-types label[title=OPPOSED]').textContent()).toBe('war gegen');
    const graph = (await page.locator('#graph').boundingBox())!;
    expect(graph.width).toBeGreaterThanOrEqual(300);
    await page.getByRole('button', { name: 'Im Zusammenhang lesen' }).first().click();
    await settled();
    await page.locator('#details .reader .in-context').waitFor();
    await shot('reader-390-de');
    await page.getByRole('tab', { name: 'Karte' }).click();
    await settled();
    const markers = await page.evaluate(() => window.explorer.mapMarkers());
    expect(markers.length).toBeGreaterThan(60);
    await page.getByRole('tab', { name: 'Zeitleiste' }).click();
    await settled();
    expect((await page.evaluate(() => window.explorer.timelineItems())).length).toBeGreaterThan(0);
    // The relation chosen in the link is shown, its row scrolled to; its label is wider than a phone.
    expect(await chosenOnTimeline()).toMatchObject({ rowShown: true, startShown: true });
    await expectText(
      page,
      '#timeline .vis-item.vis-selected',
      'Nikolai Nikolajewitsch Murawjow-Amurski unterzeichnete Vertrag von Aigun',
    );
    await shot('timeline-390-de');
  });

  it('waits and asks again when the API is busy, saying so, and then draws the graph', async () => {
    await open();
    // The API's own refusal, as admission control sends it while costly queries (other users', the
    // query plans' warm-up after Neo4j came back) hold the slots: the first two requests get it, the rest go through.
    const busy = new TooManyRequestsError(1_000, 'the server is busy with costly queries');
    let refused = 0;
    await page.route('**/graphql', async (route) => {
      if (refused >= 2) return route.continue();
      refused += 1;
      await route.fulfill({
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '1' },
        body: JSON.stringify({ errors: [{ message: busy.message, extensions: busy.extensions }] }),
      });
    });
    await page.goto(api.server.baseUrl);
    await expectText(page, '#status', 'The server is busy with other costly queries; trying again in 1 s');
    await settled();
    const { graph } = buildCuratedGraph();
    expect((await boxes()).length).toBe(graph.entities.length);
    expect(await page.locator('#status').textContent()).toBe('');
    expect(refused).toBe(2);
    // Chromium reports each refused request on the console; those two were asked for.
    const refusals = problems.filter((problem) => problem.includes('status of 429'));
    expect(refusals).toHaveLength(2);
    problems = problems.filter((problem) => !refusals.includes(problem));
  });

  it('says so politely when nothing is found', async () => {
    await open();
    await page.goto(api.server.baseUrl);
    await settled();
    await page.fill('#search', 'Qwxzvbn');
    await expectText(page, '#status', 'Nothing found for “Qwxzvbn”.');
    // A link to an entity, a relation, a type or a question that is not there: the whole graph,
    // and the status says so.
    for (const [query, name] of [
      ['focus=no-such-entity&pane=map', 'no-such-entity'],
      ['story=no-such-question', 'no-such-question'],
      ['only=NO_SUCH_TYPE', 'NO_SUCH_TYPE'],
      ['sel=e%3Ano-such-relation&pane=timeline', 'no-such-relation'],
      ['sel=n%3Ano-such-entity', 'no-such-entity'],
    ] as const) {
      await page.goto(`${api.server.baseUrl}/?${query}`);
      await settled();
      expect(await page.locator('#status').textContent()).toBe(`Nothing found for “${name}”.`);
      await expectText(page, '#details h2', 'Questions to start from');
      expect((await page.evaluate(() => window.explorer.nodes())).length).toBeGreaterThan(100);
      expect(page.url()).not.toContain(name);
      if (!query.includes('pane=map')) continue;
      // The map was not brought to everything on it: it shows the Amur country, not the world.
      const markers = await page.evaluate(() => window.explorer.mapMarkers());
      const frame = (await page.locator('#map').boundingBox())!;
      expect(pointsOutside(markers, frame)).toEqual(expect.arrayContaining(['moscow', 'st-petersburg']));
    }
  });

  it('reads years given the wrong way round in a link as the years between them', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?from=1860&to=1849&pane=map`);
    await settled();
    await expectText(page, '#map-years-label', '1849–1860');
    expect(await page.locator('#year-from').inputValue()).toBe('1849');
    expect(await page.locator('#year-to').inputValue()).toBe('1860');
  });

  it('draws the land whole when zoomed out to the world, with no band where Asia meets America', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/?pane=map`);
    await settled();
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    for (let clicks = 0; clicks < 4; clicks += 1) {
      await zoomOut.click();
      await page.waitForTimeout(400);
    }
    // Pixels a degree of longitude, from two markers whose longitudes the curated data gives.
    const { graph } = buildCuratedGraph();
    const longitude = (id: string) => graph.entities.find((entity) => entity.id === id)!.location!.longitude;
    const markers = await page.evaluate(() => window.explorer.mapMarkers());
    const [moscow, kamchatka] = ['moscow', 'kamchatka'].map((id) => markers.find((marker) => marker.id === id)!);
    const perDegree = (kamchatka!.x - moscow!.x) / (longitude('kamchatka') - longitude('moscow'));
    expect(perDegree).toBeGreaterThan(0);
    // Eurasia with Chukotka spans about 200 degrees; a ring drawn across the world, 360.
    const widths = await page
      .locator('#map .leaflet-overlay-pane path[fill="#eef0e6"]')
      .evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.max(...widths) / perDegree).toBeLessThan(250);
    await shot('map-world');
  });

  it('serves GraphiQL from the server itself', async () => {
    await open();
    await page.goto(`${api.server.baseUrl}/graphiql`);
    await page.waitForSelector('.graphiql-container');
    await page.reload();
    await page.waitForSelector('.graphiql-container');
  });
});

/**
 * Drags a handle of the map's time slider to a year, with the mouse, where the track shows that
 * year: between the two years written under the track around it (the scale bends at those).
 */
async function dragYearHandle(page: Page, which: 'lower' | 'upper', year: number): Promise<void> {
  const marks = await page.locator('#time-slider .noUi-value').evaluateAll((values) =>
    values.map((value) => {
      const box = value.getBoundingClientRect();
      return { year: Number(value.textContent), x: box.left + box.width / 2 };
    }),
  );
  const before = marks.filter((mark) => mark.year <= year).at(-1)!;
  const after = marks.find((mark) => mark.year > year)!;
  const x = before.x + ((year - before.year) / (after.year - before.year)) * (after.x - before.x);
  const handle = (await page.locator(`#time-slider .noUi-handle-${which}`).boundingBox())!;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 8 });
  await page.mouse.up();
}

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector, { hasText: text }).first().waitFor({ timeout: 15_000 });
}
