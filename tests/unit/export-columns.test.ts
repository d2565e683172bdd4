import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EDGE_COLUMNS, NODE_COLUMNS, period } from '../../src/export/export-columns';
import { projectPaths } from '../../src/project-paths';

describe('the columns of the exports', () => {
  const guide = readFileSync(path.join(projectPaths.root, 'docs', 'exports.md'), 'utf8');

  it.each([...NODE_COLUMNS, ...EDGE_COLUMNS].map((column) => column.id))('%s is described in docs/exports.md', (id) => {
    expect(guide).toContain(`\`${id}\``);
  });

  it('gives the Gregorian days a date covers: a Julian day converted, a decade whole', () => {
    expect(period({ iso: '1858-05-16', precision: 'DAY', calendar: 'JULIAN' }, null)).toEqual({
      first: '1858-05-28',
      last: '1858-05-28',
    });
    expect(period({ iso: '185', precision: 'DECADE' }, { iso: '1860', precision: 'YEAR' })).toEqual({
      first: '1850-01-01',
      last: '1860-12-31',
    });
    expect(period(null, null)).toEqual({ first: null, last: null });
  });
});
