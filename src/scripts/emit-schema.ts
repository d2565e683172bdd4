/** `npm run schema:emit`: writes the schema built from the resolvers to schema/schema.graphql. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printApiSchema } from '../api/print-api-schema';
import { projectPaths } from '../project-paths';

printApiSchema().then(
  (sdl) => {
    writeFileSync(projectPaths.schemaFile, sdl);
    console.log(`wrote ${path.relative(projectPaths.root, projectPaths.schemaFile)}`);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
