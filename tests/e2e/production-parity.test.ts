/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { auditServer } from 'graphql-http';
import type { Browser, Page } from 'playwright-core';
import { CypherLoader } from '../../src/db/cypher-loader';
import { projectPaths } from '../../src/project-paths';
import { browserAvailable, launchChromium } from '../helpers/chromium';
import { serveCrossOriginPage, type CrossOriginPage } from '../helpers/cross-origin-page';
import { startService, type RunningService } from '../helpers/start-service';
import { testDriver, testNeo4jConnection } from '../helpers/test-neo4j';

const TOKEN = 'parity-admin-token-0123456789';
const ARTEFACTS = path.join(projectPaths.root, 'test-results', 'screenshots');

async function deleteIngestedData(): Promise<void> {
  const driver = testDriver();
  try {
    await driver.executeQuery(
      new CypherLoader().load('documents/delete-ingested-data'),
      {},
      { database: testNeo4jConnection().database },
    );
  } finally {
    await driver.close();
  }
}

/** Console errors and uncaught exceptions of a page, from the moment it is watched. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * The service as `npm start` runs it (its own entry point and production mode, the built explorer),
 * seen from outside as a front-end developer sees it: introspection, GraphiQL, CORS from another
 * origin in Chromium, GET with caching, compression, readiness and the GraphQL-over-HTTP audit.
 */
(browserAvailable() ? describe : describe.skip)('the service as npm start runs it', () => {
  let service: RunningService;
  let browser: Browser;
  let otherOrigin: CrossOriginPage;

  beforeAll(async () => {
    if (!existsSync(path.join(projectPaths.root, 'web', 'dist', 'index.html'))) {
      throw new Error('the explorer is not built: run npm run build');
    }
    mkdirSync(ARTEFACTS, { recursive: true });
    await deleteIngestedData();
    service = await startService({ KG_ADMIN_TOKEN: TOKEN });
    browser = await launchChromium();
    otherOrigin = await serveCrossOriginPage();
  }, 180_000);
  afterAll(async () => {
    await otherOrigin?.close();
    await browser?.close();
    await service?.stop();
    await deleteIngestedData();
  });

  const graphql = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${service.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('prints the addresses of the API, the explorer and GraphiQL when it is ready', () => {
    expect(service.run.stdout()).toContain(`Amur Graph is ready: ${service.baseUrl}/graphql`);
    expect(service.run.stdout()).toContain(`  explorer: ${service.baseUrl}/\n`);
    expect(service.run.stdout()).toContain(`  GraphiQL: ${service.baseUrl}/graphiql\n`);
  });

  it('plans its costliest statements before it says it is ready, each step shown', () => {
    const stdout = service.run.stdout();
    const ready = stdout.indexOf('Amur Graph is ready');
    const steps = ['paths', 'timeline', 'entity details'].map((step, index) =>
      stdout.search(new RegExp(`^  ${step}: planned in \\d+\\.\\d s \\(${index + 1} of 3\\)$`, 'm')),
    );
    const warmed = stdout.search(/^Query plans warmed up in \d+\.\d s\.$/m);
    expect(steps).not.toContain(-1);
    expect(steps).toEqual([...steps].sort((one, other) => one - other));
    expect(warmed).toBeGreaterThan(steps[2]!);
    expect(ready).toBeGreaterThan(warmed);
  });

  it('answers introspection', async () => {
    const response = await graphql({ query: '{ __schema { queryType { fields { name } } } }' });
    const body = (await response.json()) as { data: { __schema: { queryType: { fields: { name: string }[] } } } };
    expect(response.status).toBe(200);
    expect(body.data.__schema.queryType.fields.map((field) => field.name)).toEqual(
      expect.arrayContaining(['resolve', 'timeline', 'node', 'nodes']),
    );
  });

  it('is ready', async () => {
    const response = await fetch(`${service.baseUrl}/ready`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('ready');
  });

  it('loads the schema into GraphiQL: the docs list Query.resolve, with no console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    try {
      await page.goto(`${service.baseUrl}/graphiql`);
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-doc-explorer').getByRole('link', { name: 'Query', exact: true }).click();
      await page.locator('.graphiql-doc-explorer').getByRole('link', { name: 'resolve', exact: true }).waitFor();
      await expect(page.locator('.graphiql-doc-explorer').textContent()).resolves.not.toContain(
        'Error fetching schema',
      );
      await page.screenshot({ path: path.join(ARTEFACTS, 'graphiql-docs.png') });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('runs the example query in GraphiQL on a phone: the answer below the query, the width of both', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = watchErrors(page);
    try {
      await page.goto(`${service.baseUrl}/graphiql`);
      // Run before the editor holds the example would run nothing.
      await page.locator('.graphiql-query-editor').getByText('treaty-of-aigun').waitFor();
      const run = (await page.locator('.graphiql-execute-button').boundingBox())!;
      await page.mouse.click(run.x + run.width / 2, run.y + run.height / 2);
      await page.locator('.graphiql-response').getByText('"muravyov"').first().waitFor();
      const editors = (await page.locator('.graphiql-editors').boundingBox())!;
      const response = (await page.locator('.graphiql-response').boundingBox())!;
      expect(response.y).toBeGreaterThanOrEqual(editors.y + editors.height);
      expect(response.y + response.height).toBeLessThanOrEqual(844);
      // Side by side, each had about a third of the 390 pixels.
      expect(editors.width).toBeGreaterThan(250);
      expect(response.width).toBeGreaterThan(250);
      await page.screenshot({ path: path.join(ARTEFACTS, 'graphiql-390.png') });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  describe('caching and cross-origin access', () => {
    const query = encodeURIComponent('{ resolve(name: "Murawjow", first: 1) { id } }');
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${service.baseUrl}/graphql?query=${query}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      });

    it('answers the same GET with 304 until a page on another origin writes through a mutation, then anew', async () => {
      const first = await get();
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=10, must-revalidate');
      expect((await get({ 'if-none-match': etag })).status).toBe(304);

      // A page on another port: reads, and with the token ingests a document (a write).
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors = watchErrors(page);
      try {
        await page.goto(`${otherOrigin.origin}/#api=${service.baseUrl}&token=${TOKEN}`);
        await page.click('#run');
        await page.waitForFunction(() => document.querySelector('#result')?.textContent !== '');
        const result = JSON.parse((await page.textContent('#result'))!) as {
          read: { status: number; body: { data: { resolve: { id: string }[] } } };
          write: { status: number; body: { data: { ingestDocument: { sentences: number } } } };
        };
        expect(result.read.status).toBe(200);
        expect(result.read.body.data.resolve.map((entity) => entity.id)).toEqual(['muravyov']);
        expect(result.write.status).toBe(200);
        expect(result.write.body.data.ingestDocument.sentences).toBe(1);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }

      const after = await get({ 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(((await after.json()) as { data: unknown }).data).toEqual({ resolve: [{ id: 'muravyov' }] });
    });

    it('answers a preflight with 204 and the methods and headers front ends send', async () => {
      const response = await fetch(`${service.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
      expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight']),
      );
    });

    it('is refused by the browser on another origin when CORS_ORIGINS does not list it', async () => {
      const strict = await startService({ KG_ADMIN_TOKEN: TOKEN, CORS_ORIGINS: 'http://127.0.0.1:1' });
      const page = await browser.newPage();
      try {
        await page.goto(`${otherOrigin.origin}/#api=${strict.baseUrl}&token=${TOKEN}`);
        await page.click('#run');
        await page.waitForFunction(() => document.querySelector('#result')?.textContent !== '');
        const result = JSON.parse((await page.textContent('#result'))!) as Record<string, { refused?: string }>;
        expect(result.read?.refused).toBe('TypeError: Failed to fetch');
        expect(result.write?.refused).toBe('TypeError: Failed to fetch');
        // The listed origin does get the header; others get none.
        const listed = await fetch(`${strict.baseUrl}/graphql?query=%7B__typename%7D`, {
          headers: { origin: 'http://127.0.0.1:1', 'apollo-require-preflight': 'true' },
        });
        expect(listed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:1');
        const other = await fetch(`${strict.baseUrl}/graphql?query=%7B__typename%7D`, {
          headers: { origin: otherOrigin.origin, 'apollo-require-preflight': 'true' },
        });
        expect(other.headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        await page.close();
        await strict.stop();
      }
    }, 90_000);
  });

  it('compresses answers and assets for clients that accept it', async () => {
    const assets = readdirSync(path.join(projectPaths.root, 'web', 'dist', 'assets'));
    const script = assets.find((name) => name.startsWith('explorer-') && name.endsWith('.js'))!;
    const asset = await fetch(`${service.baseUrl}/assets/${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.headers.get('content-encoding')).toBe('br');
    // Each body read to its end, so that its connection is free again: the server closes a
    // client's connections beyond 64 at once, and the tests below share this address.
    await asset.arrayBuffer();
    for (const encoding of ['gzip', 'br']) {
      const answer = await graphql(
        { query: '{ neighbourhood(ids: ["muravyov"]) { nodes { id name } } }' },
        { 'accept-encoding': encoding },
      );
      expect(answer.headers.get('content-encoding')).toBe(encoding);
      // fetch decodes it: the body is the answer.
      expect(
        ((await answer.json()) as { data: { neighbourhood: { nodes: unknown[] } } }).data.neighbourhood.nodes.length,
      ).toBeGreaterThan(5);
    }
    // A browser's header: Brotli from the middleware (the asset) and from the answer's own compression.
    const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' };
    const browserAsset = await fetch(`${service.baseUrl}/assets/${script}`, { headers: browser });
    expect(browserAsset.headers.get('content-encoding')).toBe('br');
    await browserAsset.arrayBuffer();
    const browserAnswer = await graphql(
      { query: '{ neighbourhood(ids: ["muravyov"]) { nodes { id name } } }' },
      browser,
    );
    expect(browserAnswer.headers.get('content-encoding')).toBe('br');
    await browserAnswer.arrayBuffer();
    // Under 1 KB: as it is.
    const small = await graphql({ query: '{ entity(id: "muravyov") { id } }' }, { 'accept-encoding': 'gzip' });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ data: { entity: { id: 'muravyov' } } });
  });

  it('passes the GraphQL-over-HTTP audit of graphql-http with no errors and no warnings', async () => {
    const results = await auditServer({ url: `${service.baseUrl}/graphql` });
    const failed = results.filter((result) => result.status === 'error' || result.status === 'warn');
    console.log(
      `graphql-http audit: ${results.length} audits, ${results.filter((r) => r.status === 'ok').length} ok, ` +
        `${results.filter((r) => r.status === 'notice').length} notices, ${failed.length} errors and warnings`,
    );
    expect(results.length).toBeGreaterThan(50);
    expect(failed.map((result) => `${result.id} ${result.name}: ${result.status}`)).toEqual([]);
  });

  it('serves its schema to graphql-codegen pointed at the live endpoint', async () => {
    const folder = mkdtempSync(path.join(projectPaths.root, 'test-results', 'codegen-'));
    try {
      const config = path.join(folder, 'codegen.json');
      writeFileSync(
        path.join(folder, 'resolve.graphql'),
        'query Find($name: String!) { resolve(name: $name) { id name } }',
      );
      writeFileSync(
        config,
        JSON.stringify({
          schema: `${service.baseUrl}/graphql`,
          documents: path.join(folder, 'resolve.graphql'),
          generates: { [path.join(folder, 'types.ts')]: { plugins: ['typescript-operations', 'typed-document-node'] } },
        }),
      );
      // As a developer runs it: npx graphql-codegen --config codegen.json
      // Its output goes into the failure: with --silent a failure said nothing.
      await promisify(execFile)(
        path.join(projectPaths.root, 'node_modules', '.bin', 'graphql-codegen'),
        ['--config', config],
        { cwd: projectPaths.root },
      ).catch((error: Error & { stdout?: string; stderr?: string }) => {
        throw new Error(`${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
      });
      const types = readFileSync(path.join(folder, 'types.ts'), 'utf8');
      expect(types).toContain('export type FindQuery');
      expect(types).toContain('FindDocument');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
