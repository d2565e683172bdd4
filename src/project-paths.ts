import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'amur-graph';

/**
 * The checkout's root folder: the nearest folder above this file whose package.json is ours.
 * Works from `src/` (tests) and from `dist/src/` (the compiled service) alike.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === PACKAGE_NAME) return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} project root above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

export const projectPaths = {
  root: PROJECT_ROOT,
  cypher: path.join(PROJECT_ROOT, 'cypher'),
  schemaFile: path.join(PROJECT_ROOT, 'schema', 'schema.graphql'),
  operations: path.join(PROJECT_ROOT, 'schema', 'operations'),
  generated: path.join(PROJECT_ROOT, 'src', 'generated'),
  neo4jPom: path.join(PROJECT_ROOT, 'neo4j', 'pom.xml'),
  corpus: path.join(PROJECT_ROOT, 'data', 'corpus'),
  annotations: path.join(PROJECT_ROOT, 'data', 'annotations'),
  evalTexts: path.join(PROJECT_ROOT, 'data', 'eval'),
  localNeo4jHome: path.join(PROJECT_ROOT, '.neo4j'),
} as const;

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
