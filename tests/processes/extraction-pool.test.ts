import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTRACTION_NICE, linkKeysOf } from '../../src/extract/extraction-job';
import { ExtractionPool } from '../../src/extract/extraction-pool';
import { projectPaths } from '../../src/project-paths';

const CORPUS = readFileSync(path.join(projectPaths.corpus, 'vertrag-von-tianjin-1858.de.txt'), 'utf8');

/** The nice value of each thread of this process, by thread id (Linux: field 19 of /proc/self/task/<tid>/stat). */
function niceOfThreads(): Map<number, number> {
  const nice = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    nice.set(Number(tid), Number(fields[16]));
  }
  return nice;
}

describe('the extraction pool (worker threads, as the service runs them)', () => {
  let pool: ExtractionPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('finds a text’s link keys in a thread, as in this one', async () => {
    pool = new ExtractionPool({ threads: 1 });
    expect(await pool.linkKeys(CORPUS)).toEqual(linkKeysOf(CORPUS));
  });

  (process.platform === 'linux' ? it : it.skip)(
    'runs its thread at a lower priority than the service’s, and the service’s own thread as it was',
    async () => {
      const before = niceOfThreads();
      const main = before.get(process.pid)!;
      pool = new ExtractionPool({ threads: 1 });
      await pool.linkKeys('Der Amur.');
      const after = niceOfThreads();
      const started = [...after].filter(([tid]) => !before.has(tid));
      expect(started.map(([, nice]) => nice)).toContain(Math.min(19, main + EXTRACTION_NICE));
      expect(after.get(process.pid)).toBe(main);
    },
  );

  it('refuses a document it cannot extract within its budget, saying so', async () => {
    pool = new ExtractionPool({ threads: 1, budgetMs: 1 });
    await expect(pool.extract({ text: CORPUS.repeat(4), language: 'de', known: [] })).rejects.toThrow(
      /could not be extracted within 0.001 s .*nothing was written/,
    );
  });
});
