// type-graphql reads decorator metadata: loaded before any GraphQL type.
import 'reflect-metadata';
import { command } from './command';
import { expectedGeneratedFiles, findDrift } from './generated-files';

/**
 * `npm run check:generated`: fails when schema/schema.graphql, src/generated/ or cypher/generated/
 * differ from what the code produces now, or when cypher/generated/ holds a file the code no
 * longer generates. Regenerate with `npm run generate`.
 */
export const checkGeneratedCommand = command({
  summary: 'fail when a generated file differs from what the code generates',
  usage: '',
  options: {},
  positionals: false,
  async run() {
    const expected = await expectedGeneratedFiles();
    const drift = findDrift(expected);
    for (const problem of drift) console.error(`${problem}: run npm run generate`);
    if (drift.length > 0) return 1;
    console.log(`${expected.length} generated files are up to date`);
    return 0;
  },
});
