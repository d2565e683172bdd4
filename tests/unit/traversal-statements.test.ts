import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ASSERTION_KINDS } from '../../src/domain/assertion';
import { knowledgeDegree, STORED_TYPES } from '../../src/graph/statements/cypher-text';
import { projectPaths } from '../../src/project-paths';

const GRAPH_STATEMENTS = path.join(projectPaths.root, 'cypher', 'generated', 'graph');

/** A generated statement without its comments. */
const statement = (file: string) =>
  readFileSync(path.join(GRAPH_STATEMENTS, file), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join('\n');

/** The names of the parameters a generated statement reads. */
const parametersOf = (file: string) => new Set([...statement(file).matchAll(/\$(\w+)/g)].map(([, name]) => name));

/**
 * knowledgeDegree's expression, of any entity: two counts Neo4j reads from the degree store, one of
 * every relationship and one of the mentions, which expand nothing.
 */
const DEGREE_COUNTS = new RegExp(
  knowledgeDegree('ENTITY')
    .split('ENTITY')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\w+'),
  'g',
);

/**
 * Traversals follow the knowledge relations only: a relationship pattern without types would
 * expand every MENTIONED_IN of an entity too (hundreds of thousands after a few ingests). Only
 * knowledgeDegree's counts name no type or MENTIONED_IN.
 */
describe('the generated graph statements', () => {
  // The entity list's statements expand nothing.
  const expanding = readdirSync(GRAPH_STATEMENTS).filter(
    (file) => file.endsWith('.cypher') && /-\[/.test(statement(file)),
  );

  it('exist', () => {
    expect(expanding.length).toBeGreaterThanOrEqual(8);
  });

  it("recognise knowledgeDegree's counts, which expand nothing", () => {
    const cypher = statement('shortest-paths.cypher');
    // Each end and its neighbours (the estimate), and each entity of a path (the order).
    expect(cypher.match(DEGREE_COUNTS)).toHaveLength(5);
    expect(cypher.replace(DEGREE_COUNTS, 'degree')).not.toContain('MENTIONED_IN');
  });

  it.each(expanding)('%s names the relationship types of every relationship it expands', (file) => {
    const cypher = statement(file).replace(DEGREE_COUNTS, 'degree');
    expect(cypher).not.toMatch(/\)<?-->?\(/);
    const patterns = [...cypher.matchAll(/-\[[^\]]*\]-/g)].map(([pattern]) => pattern);
    // A type chosen at run time (`[r:$(typeKey)]`) is one of a list of knowledge types the
    // statement spells out.
    const dynamic = patterns.filter((pattern) => /^-\[\w*:\$\(\w+\)\]-$/.test(pattern));
    const untyped = patterns.filter(
      (pattern) => !/^-\[\w*:[A-Z_|]+[\s*\]]/.test(pattern) && !dynamic.includes(pattern),
    );
    expect(patterns.length).toBeGreaterThan(0);
    expect(untyped).toEqual([]);
    expect(patterns.filter((pattern) => pattern.includes('MENTIONED_IN'))).toEqual([]);
    if (dynamic.length > 0) {
      // Lists of quoted names, but for the kinds of statement (relationFilter's every-kind check).
      const listed = [...cypher.matchAll(/\[('[A-Z_]+'(?:, '[A-Z_]+')*)\]/g)]
        .map(([, names]) => names!.split(', ').map((name) => name.slice(1, -1)))
        .filter((names) => names.join() !== ASSERTION_KINDS.join())
        .flat();
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.filter((name) => !(STORED_TYPES as readonly string[]).includes(name))).toEqual([]);
    }
  });
});

/**
 * Neo4j plans a statement anew for each size class of a string or list parameter (ids of 9 and 15
 * characters, one relation type and two), and the several-paths statement takes seconds to plan:
 * the paths statements read their search from one map parameter, whose type does not hold its
 * values' sizes, so that the plan made at start serves every request.
 */
describe('the paths statements', () => {
  it.each(['shortest-paths.cypher', 'shortest-paths-1.cypher'])(
    '%s reads its search from $search, and only booleans besides',
    (file) => {
      expect([...parametersOf(file)].sort()).toEqual([
        'entityDetails',
        'evidence',
        'relationDetails',
        'relationValues',
        'search',
      ]);
    },
  );
});

/** The pages of relations (see the paths statements above): one plan for every request. */
describe('the entity-relations statements', () => {
  it.each([
    // The entity's row carries the total, counted when asked.
    ['entity-relations.cypher', ['entityDetails', 'evidence', 'page', 'relationDetails', 'relationValues', 'totals']],
    ['entity-relations-written-out.cypher', ['entityDetails', 'evidence', 'page', 'relationDetails', 'relationValues']],
  ])('%s reads its request from $page, and only booleans besides', (file, parameters) => {
    expect([...parametersOf(file)].sort()).toEqual(parameters);
  });

  it('writes out every relation type in entity-relations-written-out, each read in a branch of its own', () => {
    const cypher = readFileSync(path.join(GRAPH_STATEMENTS, 'entity-relations-written-out.cypher'), 'utf8');
    const branches = [...cypher.matchAll(/WHERE typeKey = '(\w+)'\n\s*MATCH \(e\)-\[r:(\w+)\]-/g)];
    expect(branches.map(([, key, type]) => [key, type])).toEqual(
      [...STORED_TYPES]
        .filter((type) => type !== 'SUGGESTED')
        .sort()
        .map((type) => [type, type]),
    );
    expect(cypher).not.toMatch(/\[r:\$\(/);
  });
});
