/**
 * `npm run schema:emit`: writes the schema built from the resolvers to schema/schema.graphql, and
 * the Cypher generated from the ontology and graph-records.ts (see generated-cypher.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printApiSchema } from '../api/print-api-schema';
import { projectPaths } from '../project-paths';
import { generatedCypherFiles } from './generated-files';

printApiSchema().then(
  (sdl) => {
    writeFileSync(projectPaths.schemaFile, sdl);
    console.log(`wrote ${path.relative(projectPaths.root, projectPaths.schemaFile)}`);
    for (const { file, content } of generatedCypherFiles()) {
      writeFileSync(path.join(projectPaths.root, file), content);
      console.log(`wrote ${file}`);
    }
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
