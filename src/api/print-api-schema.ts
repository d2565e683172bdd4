import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildApiSchema } from './build-api-schema';

const HEADER = '# Generated from the resolvers by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printApiSchema(): Promise<string> {
  return `${HEADER}${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
