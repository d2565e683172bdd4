import { GraphQLError } from 'graphql';
import { UserFacingError } from './user-facing.error';

/**
 * Prints why a command could not run: the expected failures (bad settings, Neo4j away, the local
 * Neo4j failing, bad annotations, a bad command line, bad input) as their own clear lines, with
 * Neo4j's or Maven's log tail where there is one; anything else, a bug, in full.
 */
export function reportFatalError(error: unknown, print: (text: string) => void = (text) => console.error(text)): void {
  // The API's own errors (bad input, Neo4j away) carry messages written for people too.
  if (error instanceof UserFacingError || error instanceof GraphQLError) {
    print(error.message);
    if (error instanceof UserFacingError && error.detail) print(error.detail);
  } else {
    print(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}
