import { generate } from '@graphql-codegen/cli';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import codegenConfig from '../../codegen';
import { printApiSchema } from '../api/print-api-schema';
import { projectPaths } from '../project-paths';
import { SHORTEST_PATH_COUNTS } from '../graph/traversal.repository';
import { LIMITS } from '../api/common/limits';
import {
  entityRelationsCypher,
  neighbourhoodCypher,
  relationsByIdCypher,
  shortestPathsCypher,
  timelineCypher,
  timelineIndexesCypher,
} from './generated-cypher';

export interface GeneratedFile {
  /** Relative to the project root. */
  file: string;
  content: string;
}

/** The Cypher files generated from the ontology and the column lists of graph-records.ts. */
export function generatedCypherFiles(): GeneratedFile[] {
  return [
    { file: 'cypher/setup/006-timeline-indexes.cypher', content: timelineIndexesCypher() },
    { file: 'cypher/graph/timeline.cypher', content: timelineCypher('forward') },
    { file: 'cypher/graph/timeline-backward.cypher', content: timelineCypher('backward') },
    { file: 'cypher/graph/neighbourhood.cypher', content: neighbourhoodCypher(LIMITS.depth.max) },
    { file: 'cypher/graph/entity-relations.cypher', content: entityRelationsCypher() },
    { file: 'cypher/graph/relations-by-id.cypher', content: relationsByIdCypher() },
    ...SHORTEST_PATH_COUNTS.map((k) => ({
      file: `cypher/graph/shortest-paths-${k}.cypher`,
      content: shortestPathsCypher(k),
    })),
  ];
}

/**
 * What schema/schema.graphql, the codegen outputs and the generated Cypher must hold for the code
 * as it is now.
 */
export async function expectedGeneratedFiles(root = projectPaths.root): Promise<GeneratedFile[]> {
  const schema = { file: path.relative(root, projectPaths.schemaFile), content: await printApiSchema() };
  const outputs = (await generate({ ...codegenConfig, cwd: root, silent: true }, false)) as {
    filename: string;
    content: string;
  }[];
  const typed = await Promise.all(
    outputs.map(async ({ filename, content }) => {
      const absolute = path.resolve(root, filename);
      // Codegen's hook formats the files it writes; format the same way to compare.
      const options = (await resolveConfig(absolute)) ?? {};
      return {
        file: path.relative(root, absolute),
        content: await format(content, { ...options, filepath: absolute }),
      };
    }),
  );
  return [schema, ...typed, ...generatedCypherFiles()];
}

/** The files that differ from, or are missing beside, their expected content. */
export function findDrift(expected: readonly GeneratedFile[], root = projectPaths.root): string[] {
  return expected
    .filter(({ file, content }) => {
      const absolute = path.resolve(root, file);
      return !existsSync(absolute) || readFileSync(absolute, 'utf8') !== content;
    })
    .map(({ file }) => file);
}
