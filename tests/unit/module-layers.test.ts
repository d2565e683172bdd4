import path from 'node:path';
import madge from 'madge';
import { projectPaths } from '../../src/project-paths';

/**
 * How data flows, in the modules' imports: text -> annotations -> Neo4j -> repositories -> GraphQL
 * -> explorer. The lower layers know nothing of the upper ones, and no modules import each other
 * in a circle.
 */
describe('the modules of src/', () => {
  let result: Awaited<ReturnType<typeof madge>>;
  let graph: Record<string, string[]>;
  beforeAll(async () => {
    result = await madge(path.join(projectPaths.root, 'src'), {
      fileExtensions: ['ts'],
      tsConfig: path.join(projectPaths.root, 'tsconfig.json'),
    });
    graph = result.obj();
  });

  it('are all found', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(100);
    expect(graph['graph/repositories.ts']).toEqual(expect.arrayContaining(['graph/entity.repository.ts']));
  });

  it('import no module that imports them back, directly or not', () => {
    expect(result.circular()).toEqual([]);
  });

  it.each([
    ['domain/', ['api/', 'cli/', 'http/', 'graph/', 'db/', 'ingest/', 'extract/', 'nlp/']],
    ['graph/', ['api/', 'cli/', 'http/', 'ingest/', 'extract/']],
    ['db/', ['api/', 'cli/', 'http/', 'graph/', 'ingest/', 'extract/']],
    ['errors/', ['api/', 'cli/', 'http/', 'graph/', 'db/', 'ingest/', 'extract/', 'local-neo4j/']],
  ])('under %s import nothing from %j', (layer, above) => {
    const reaching = Object.entries(graph).flatMap(([file, imports]) =>
      file.startsWith(layer)
        ? imports
            .filter((imported) => above.some((folder) => imported.startsWith(folder)))
            .map((imported) => `${file} -> ${imported}`)
        : [],
    );
    expect(reaching).toEqual([]);
  });
});
