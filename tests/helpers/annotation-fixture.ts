import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectPaths } from '../../src/project-paths';
import { temporaryFolder } from './temporary-folder';

const FIXTURE = path.join(projectPaths.root, 'tests', 'fixtures', 'annotations');

export interface AnnotationFixture {
  corpusDir: string;
  annotationsDir: string;
}

/**
 * A small, valid corpus and annotations in a temporary folder, with the project's JSON Schemas;
 * `edit` changes the YAML text of either file to make the case a test needs.
 */
export function annotationFixture(
  edit: { entities?: (yaml: string) => string; relations?: (yaml: string) => string } = {},
): AnnotationFixture {
  const root = temporaryFolder('amur-annotations-');
  const corpusDir = path.join(root, 'corpus');
  const annotationsDir = path.join(root, 'annotations');
  mkdirSync(corpusDir);
  mkdirSync(annotationsDir);
  for (const file of ['corpus.de.txt', 'corpus.meta.json'])
    copyFileSync(path.join(FIXTURE, file), path.join(corpusDir, file));
  for (const schema of ['entities.schema.json', 'relations.schema.json']) {
    copyFileSync(path.join(projectPaths.annotations, schema), path.join(annotationsDir, schema));
  }
  for (const kind of ['entities', 'relations'] as const) {
    const yaml = readFileSync(path.join(FIXTURE, `${kind}.yaml`), 'utf8');
    writeFileSync(path.join(annotationsDir, `${kind}.yaml`), (edit[kind] ?? ((text) => text))(yaml));
  }
  return { corpusDir, annotationsDir };
}
