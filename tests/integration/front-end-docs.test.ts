import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CypherLoader } from '../../src/db/cypher-loader';
import { projectPaths } from '../../src/project-paths';
import { startService, type RunningService } from '../helpers/start-service';
import { testDriver, testNeo4jConnection } from '../helpers/test-neo4j';

const run = promisify(execFile);
const DOC = path.join(projectPaths.root, 'docs', 'front-end.md');
const DOC_URL = 'http://127.0.0.1:4000';
const DOC_TOKEN = 'YOUR_ADMIN_TOKEN';
const TOKEN = 'docs-admin-token-0123456789';

interface Snippet {
  language: string;
  code: string;
  /** Where a `<!-- file: ... -->` line before the block says to save it. */
  file: string | null;
  line: number;
}

/** The fenced code blocks of a Markdown text, with the file each one is to be saved as. */
function snippetsOf(markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\w+)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== '```'; i += 1) body.push(lines[i]!);
    let before = start - 1;
    while (before >= 0 && lines[before]!.trim() === '') before -= 1;
    const marker = /^<!-- file: (\S+) -->$/.exec(lines[before] ?? '');
    snippets.push({ language: open[1]!, code: body.join('\n'), file: marker?.[1] ?? null, line: start + 1 });
  }
  return snippets;
}

/**
 * What a snippet says it prints: `console.log(...); // expected` in JavaScript, `command # expected`
 * in shell; "..." stands for anything.
 */
function expectedOutputs(snippet: Snippet): string[] {
  const pattern = snippet.language === 'js' ? /console\.log\(.*\);\s*\/\/ (.+)$/ : /^[^#].*\s# (.+)$/;
  return snippet.code
    .split('\n')
    .map((line) => pattern.exec(line)?.[1])
    .filter((expected): expected is string => expected !== undefined);
}

function expectPrinted(output: string, expected: string, where: string): void {
  let at = 0;
  for (const part of expected.split('...').map((piece) => piece.trim())) {
    const found = output.indexOf(part, at);
    if (found === -1) throw new Error(`${where}: expected the output to show "${expected}", got:\n${output}`);
    at = found + part.length;
  }
}

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

describe('docs/front-end.md', () => {
  const snippets = snippetsOf(readFileSync(DOC, 'utf8'));
  let service: RunningService;
  let folder: string;

  beforeAll(async () => {
    await deleteIngestedData();
    service = await startService({ KG_ADMIN_TOKEN: TOKEN });
    mkdirSync(path.join(projectPaths.root, 'test-results'), { recursive: true });
    // Inside the project, so that npx and the snippets' imports find its node_modules.
    folder = mkdtempSync(path.join(projectPaths.root, 'test-results', 'front-end-docs-'));
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await deleteIngestedData();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('has snippets of every kind it promises, each one runnable', () => {
    expect(snippets.filter((s) => s.language === 'js').length).toBeGreaterThanOrEqual(5);
    expect(snippets.filter((s) => s.language === 'sh').length).toBeGreaterThanOrEqual(2);
    // A block that is neither run nor saved for a run would be a snippet no test runs.
    expect(snippets.filter((s) => s.file === null && !['js', 'sh'].includes(s.language))).toEqual([]);
  });

  it('runs every snippet against the live service, each printing what the page says it prints', async () => {
    let ran = 0;
    for (const snippet of snippets) {
      const code = snippet.code.replaceAll(DOC_URL, service.baseUrl).replaceAll(DOC_TOKEN, TOKEN);
      const where = `docs/front-end.md line ${snippet.line}`;
      if (snippet.file !== null) {
        mkdirSync(path.dirname(path.join(folder, snippet.file)), { recursive: true });
        writeFileSync(path.join(folder, snippet.file), code);
        continue;
      }
      const { stdout } =
        snippet.language === 'js'
          ? await run(process.execPath, ['--input-type=module', '-e', code], { cwd: folder, timeout: 60_000 })
          : await run('bash', ['-euo', 'pipefail', '-c', code], { cwd: folder, timeout: 60_000 });
      expect(stdout.trim()).not.toBe('');
      for (const expected of expectedOutputs(snippet)) expectPrinted(stdout, expected, where);
      ran += 1;
    }
    expect(ran).toBe(snippets.filter((s) => s.file === null).length);
  }, 180_000);
});
