import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPaths } from '../../src/project-paths';

/**
 * Traversals follow the knowledge relations only: a relationship pattern without types would
 * expand every MENTIONED_IN of an entity too (hundreds of thousands after a few ingests).
 */
describe('the generated graph statements', () => {
  const folder = path.join(projectPaths.root, 'cypher', 'generated', 'graph');
  const files = readdirSync(folder).filter((file) => file.endsWith('.cypher'));

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('%s names the relationship types of every relationship it expands', (file) => {
    const cypher = readFileSync(path.join(folder, file), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
    const patterns = [...cypher.matchAll(/-\[[^\]]*\]-/g)].map(([pattern]) => pattern);
    const untyped = patterns.filter((pattern) => !/^-\[\w*:[A-Z_|]+[\s*\]]/.test(pattern));
    expect(patterns.length).toBeGreaterThan(0);
    expect(untyped).toEqual([]);
    expect(patterns.filter((pattern) => pattern.includes('MENTIONED_IN'))).toEqual([]);
  });
});
