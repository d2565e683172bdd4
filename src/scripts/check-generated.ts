/**
 * `npm run check:generated`: fails when schema/schema.graphql or src/generated/ differ from what
 * the resolvers and schema/operations produce now. Regenerate with `npm run generate`.
 */
import { expectedGeneratedFiles, findDrift } from './generated-files';

expectedGeneratedFiles().then(
  (expected) => {
    const drift = findDrift(expected);
    if (drift.length > 0) {
      for (const file of drift) console.error(`${file} is out of date with the code: run npm run generate`);
      process.exit(1);
    }
    console.log(`generated files are up to date: ${expected.map(({ file }) => file).join(', ')}`);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
