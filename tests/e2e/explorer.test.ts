/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectPaths } from '../../src/project-paths';
import { startApiFixture, stopApiFixture, type ApiFixture } from '../helpers/api-fixture';
import { browserAvailable, launchChromium } from '../helpers/chromium';

declare global {
  interface Window {
    explorer: { nodes(): string[]; edges(): string[]; onPath(): string[]; tap(id: string): void; idle(): boolean };
  }
}

const ARTEFACTS = path.join(projectPaths.root, 'test-results', 'screenshots');

/** The explorer in headless Chromium against the real API and the curated graph. */
(browserAvailable() ? describe : describe.skip)('the graph explorer in a browser', () => {
  let api: ApiFixture;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(path.join(projectPaths.root, 'web', 'dist', 'index.html'))) {
      throw new Error('the explorer is not built: run npm run build');
    }
    mkdirSync(ARTEFACTS, { recursive: true });
    api = await startApiFixture();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiFixture(api);
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterEach(async () => {
    await page.close();
  });

  const settled = () => page.waitForFunction(() => window.explorer?.idle());
  const shot = (name: string) => page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`) });

  async function choose(selector: string, typed: string, suggestion: RegExp): Promise<void> {
    await page.fill(selector, typed);
    const option = page.locator('#suggestions li', { hasText: suggestion }).first();
    await option.waitFor();
    await option.click();
    await settled();
  }

  it('suggests Muravyov for "Murawjow" and shows his neighbourhood', async () => {
    await page.goto(api.server.baseUrl);
    await choose('#search', 'Murawjow', /Nikolay Muravyov-Amursky/);
    await page.waitForFunction(
      () => window.explorer.nodes().includes('muravyov') && window.explorer.nodes().length > 5,
    );
    await expectText(page, '#details h2', 'Nikolay Muravyov-Amursky');
    await shot('search-muravyov');
  });

  it('expands Nevelskoy', async () => {
    await page.goto(`${api.server.baseUrl}/?focus=muravyov`);
    await page.waitForFunction(() => window.explorer.nodes().includes('nevelskoy'));
    const before = await page.evaluate(() => window.explorer.nodes().length);
    await page.evaluate(() => window.explorer.tap('nevelskoy'));
    await page.waitForFunction((count) => window.explorer.nodes().length > count, before);
    await expectText(page, '#details h2', 'Gennady Nevelskoy');
    expect(await page.evaluate(() => window.explorer.nodes())).toEqual(
      expect.arrayContaining(['amur-expedition', 'tatar-strait']),
    );
  });

  it('finds and highlights the path from Nevelskoy to the Treaty of Aigun', async () => {
    await page.goto(api.server.baseUrl);
    await page.fill('#path-from', 'Nevelskoy');
    await page.fill('#path-to', 'Treaty of Aigun');
    await page.click('#path-form button[type=submit]');
    await page.waitForFunction(() => window.explorer.onPath().length > 0);
    expect(await page.evaluate(() => window.explorer.nodes())).toEqual(
      expect.arrayContaining(['nevelskoy', 'treaty-of-aigun']),
    );
    await expectText(page, '#details h2', 'Paths from Gennady Nevelskoy to Treaty of Aigun (1858)');
    expect(await page.locator('#details blockquote').count()).toBeGreaterThan(0);
    expect(decodeURIComponent(await page.evaluate(() => window.location.href))).toContain(
      'path=nevelskoy~treaty-of-aigun',
    );
    await shot('path-nevelskoy-aigun');
  });

  it('shows the evidence sentence of a clicked edge, quote highlighted', async () => {
    await page.goto(`${api.server.baseUrl}/?focus=special-committee`);
    await page.waitForFunction(() => window.explorer.edges().includes('special-committee--OPPOSED--nevelskoy'));
    await page.evaluate(() => window.explorer.tap('special-committee--OPPOSED--nevelskoy'));
    await expectText(page, '#details blockquote', 'Degradierung zu Matrosen');
    expect(await page.locator('#details blockquote mark').textContent()).toContain(
      'Das Sonderkomitee betrachtete seine Tat',
    );
    await shot('evidence');
  });

  it('hides edges outside the years of the time slider', async () => {
    await page.goto(`${api.server.baseUrl}/?focus=russia`);
    await page.waitForFunction(() => window.explorer.edges().length > 20);
    const before = await page.evaluate(() => window.explorer.edges().length);
    await page.locator('#year-from').fill('1850');
    await page.locator('#year-to').fill('1860');
    const after = await page.evaluate(() => window.explorer.edges().length);
    expect(after).toBeLessThan(before);
    expect(await page.evaluate(() => window.location.search)).toMatch(/from=1850.*to=1860|to=1860.*from=1850/);
  });

  it('restores a shared view from its URL', async () => {
    await page.goto(api.server.baseUrl);
    await choose('#search', 'Nevelskoy', /Gennady Nevelskoy/);
    await page.locator('#entity-types input[value=SHIP]').uncheck();
    await page.waitForFunction(() => !window.explorer.nodes().includes('baikal'));
    // page.url() learns of history.replaceState only later; the page itself knows at once.
    const url = await page.evaluate(() => window.location.href);
    const shown = await page.evaluate(() => window.explorer.nodes().sort());
    expect(shown).not.toContain('baikal');

    const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await again.goto(url);
      await again.waitForFunction((count) => window.explorer.nodes().length === count, shown.length);
      expect(await again.evaluate(() => window.explorer.nodes().sort())).toEqual(shown);
      expect(await again.locator('#entity-types input[value=SHIP]').isChecked()).toBe(false);
    } finally {
      await again.close();
    }
  });

  it('says so politely when nothing is found', async () => {
    await page.goto(api.server.baseUrl);
    await page.fill('#search', 'Qwxzvbn');
    await expectText(page, '#status', 'Nothing found for “Qwxzvbn”.');
  });

  it('serves GraphiQL from the server itself', async () => {
    await page.goto(`${api.server.baseUrl}/graphiql`);
    await page.waitForSelector('.graphiql-container');
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(api.server.baseUrl)) external.push(request.url());
    });
    await page.reload();
    await page.waitForSelector('.graphiql-container');
    expect(external).toEqual([]);
  });
});

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector, { hasText: text }).first().waitFor({ timeout: 15_000 });
}
