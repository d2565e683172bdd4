import { Arg } from 'type-graphql';

/**
 * The `includeSuggested` argument of every query that returns relations: suggested relations
 * (from ingested documents, not yet reviewed) appear only when it is true.
 */
export function IncludeSuggestedArg(): ReturnType<typeof Arg> {
  return Arg('includeSuggested', () => Boolean, {
    defaultValue: false,
    nullable: true,
    description: 'Also relations suggested by ingested documents and not yet reviewed (marked `suggested`).',
  });
}
