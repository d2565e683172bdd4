import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPaths } from '../../src/project-paths';

/**
 * Traversals follow the knowledge relations only: a relationship pattern without types would
 * expand every MENTIONED_IN of an entity too (hundreds of thousands after a few ingests).
 */
describe('the generated graph statements', () => {
  const folder = path.join(projectPaths.root, 'cypher', 'generated', 'graph');
  const statement = (file: string) =>
    readFileSync(path.join(folder, file), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
  // The entity list's statements expand nothing.
  const expanding = readdirSync(folder).filter((file) => file.endsWith('.cypher') && /-\[/.test(statement(file)));

  it('exist', () => {
    expect(expanding.length).toBeGreaterThanOrEqual(8);
  });

  it.each(expanding)('%s names the relationship types of every relationship it expands', (file) => {
    const cypher = statement(file);
    const patterns = [...cypher.matchAll(/-\[[^\]]*\]-/g)].map(([pattern]) => pattern);
    const untyped = patterns.filter((pattern) => !/^-\[\w*:[A-Z_|]+[\s*\]]/.test(pattern));
    expect(patterns.length).toBeGreaterThan(0);
    expect(untyped).toEqual([]);
    expect(patterns.filter((pattern) => pattern.includes('MENTIONED_IN'))).toEqual([]);
  });
});
