import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allowsRelation, ENTITY_TYPES, RELATION_TYPES, RELATION_TYPE_NAMES } from '../../src/domain/ontology';
import { projectPaths } from '../../src/project-paths';

describe('ontology', () => {
  it('gives every relation type a meaning and endpoints of known types', () => {
    for (const name of RELATION_TYPE_NAMES) {
      const info = RELATION_TYPES[name];
      expect(info.meaning).not.toBe('');
      expect(info.sources.length).toBeGreaterThan(0);
      expect(info.targets.length).toBeGreaterThan(0);
      for (const type of [...info.sources, ...info.targets]) expect(ENTITY_TYPES).toContain(type);
    }
  });

  it('names relation types as Neo4j relationship types may be written without quoting', () => {
    for (const name of RELATION_TYPE_NAMES) expect(name).toMatch(/^[A-Z][A-Z_]*$/);
  });

  it('allows what the issue requires and refuses the rest', () => {
    expect(allowsRelation('SIGNED', 'PERSON', 'TREATY')).toBe(true);
    expect(allowsRelation('SIGNED', 'STATE', 'TREATY')).toBe(true);
    expect(allowsRelation('SIGNED', 'PLACE', 'TREATY')).toBe(false);
    expect(allowsRelation('CEDED', 'STATE', 'PLACE')).toBe(true);
    expect(allowsRelation('CEDED', 'PERSON', 'PLACE')).toBe(false);
    expect(allowsRelation('LED', 'PERSON', 'EXPEDITION')).toBe(true);
    expect(allowsRelation('LED', 'STATE', 'EXPEDITION')).toBe(false);
  });
});

describe('data/README.md', () => {
  const readme = readFileSync(path.join(projectPaths.root, 'data', 'README.md'), 'utf8');

  it('documents every entity type and relation type with the endpoints the code allows', () => {
    for (const type of ENTITY_TYPES) expect(readme).toMatch(new RegExp(`^\\| \`${type}\` +\\|`, 'm'));
    for (const name of RELATION_TYPE_NAMES) {
      const { sources, targets } = RELATION_TYPES[name];
      const list = (types: readonly string[]) => (types.length === ENTITY_TYPES.length ? 'any' : types.join(', '));
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\| ${list(sources)} +\\| ${list(targets)} +\\|`, 'm'));
    }
  });
});
