import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CypherLoader, splitStatements, stripComments } from '../../src/db/cypher-loader';
import { projectPaths } from '../../src/project-paths';
import { temporaryFolder } from '../helpers/temporary-folder';

function cypherFolder(files: Record<string, string>): string {
  const root = temporaryFolder('amur-cypher-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('CypherLoader', () => {
  it('loads a file by name without its comments', () => {
    const loader = new CypherLoader(cypherFolder({ 'graph/one.cypher': '// returns one\nRETURN $value AS one\n' }));
    expect(loader.load('graph/one')).toBe('RETURN $value AS one');
  });

  it('lists a folder in file-name order', () => {
    const loader = new CypherLoader(
      cypherFolder({ 'setup/002-b.cypher': 'RETURN 2', 'setup/001-a.cypher': 'RETURN 1', 'setup/notes.md': '' }),
    );
    expect(loader.list('setup')).toEqual(['setup/001-a', 'setup/002-b']);
    expect(loader.list('missing')).toEqual([]);
  });

  it('names a missing file', () => {
    expect(() => new CypherLoader(cypherFolder({})).load('graph/none')).toThrow(/no Cypher file .*graph\/none\.cypher/);
  });

  it.each(['../secrets', 'Graph/One', 'graph/one.cypher', ''])('refuses the name %j', (name) => {
    expect(() => new CypherLoader(cypherFolder({})).load(name)).toThrow(/invalid Cypher file name/);
  });

  it('loads every file the project ships, each of which says what it does', () => {
    const files = (readdirSync(projectPaths.cypher, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => file.slice(0, -'.cypher'.length).split(path.sep).join('/'));
    // Hand-written and generated, in every folder.
    expect(files.length).toBeGreaterThan(60);
    expect(new Set(files.map((name) => name.split('/')[0]))).toEqual(
      new Set(['bench', 'documents', 'generated', 'graph', 'ingest', 'setup', 'system']),
    );
    const loader = new CypherLoader();
    const problems = files.flatMap((name) => {
      const text = readFileSync(path.join(projectPaths.cypher, `${name}.cypher`), 'utf8');
      if (!text.startsWith('//')) return [`${name} does not start with a comment`];
      return loader.load(name) === '' ? [`${name} holds no statement`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('splitStatements', () => {
  it('splits at semicolons that end a line', () => {
    expect(splitStatements('CREATE INDEX a;\nCREATE INDEX b;\n')).toEqual(['CREATE INDEX a', 'CREATE INDEX b']);
  });

  it('keeps semicolons inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('stripComments', () => {
  it('drops whole-line comments and blank lines', () => {
    expect(stripComments('// head\n\nMATCH (n)\n  // inner\nRETURN n\n')).toBe('MATCH (n)\nRETURN n');
  });
});
