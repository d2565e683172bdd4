// type-graphql reads decorator metadata: loaded before any GraphQL type.
import 'reflect-metadata';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printApiSchema } from '../api/print-api-schema';
import { projectPaths } from '../project-paths';
import { command } from './command';
import { filesInGeneratedCypher, generatedCypherFiles } from './generated-files';

/**
 * `npm run schema:emit` (and the first half of `npm run generate`): writes the schema built from the
 * resolvers to schema/schema.graphql, and the statements generated from the ontology and the
 * storage model to cypher/generated/ (see cypher/README.md).
 */
export const generateCommand = command({
  summary: 'write schema/schema.graphql and cypher/generated/ from the code',
  usage: '',
  options: {},
  positionals: false,
  async run() {
    writeFileSync(projectPaths.schemaFile, await printApiSchema());
    console.log(`wrote ${path.relative(projectPaths.root, projectPaths.schemaFile)}`);
    const files = generatedCypherFiles();
    for (const { file, content } of files) {
      const absolute = path.join(projectPaths.root, file);
      mkdirSync(path.dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
      console.log(`wrote ${file}`);
    }
    const wanted = new Set(files.map(({ file }) => file));
    for (const stale of filesInGeneratedCypher().filter((file) => !wanted.has(file))) {
      rmSync(path.join(projectPaths.root, stale));
      console.log(`removed ${stale}: nothing generates it any more`);
    }
    return 0;
  },
});
