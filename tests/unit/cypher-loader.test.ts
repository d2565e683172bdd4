import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CypherLoader, splitStatements, stripComments } from '../../src/db/cypher-loader';

function cypherFolder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'amur-cypher-'));
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

  it('loads every file the project ships', () => {
    const loader = new CypherLoader();
    for (const name of [...loader.list('setup'), ...loader.list('system')]) {
      expect(loader.load(name)).not.toBe('');
    }
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
