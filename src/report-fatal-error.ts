import { GraphQLError } from 'graphql';
import { ConfigError } from './config';
import { Neo4jUnreachableError } from './db/neo4j-connection';
import { AnnotationError } from './ingest/annotation-problem';
import { LocalNeo4jError } from './local-neo4j/local-neo4j-error';

/**
 * Prints why a command could not run: the expected failures (bad settings, Neo4j away, the local
 * Neo4j failing, bad annotations, bad input) as their own clear lines, with Neo4j's or Maven's log tail where
 * there is one; anything else, a bug, in full.
 */
export function reportFatalError(error: unknown, print: (text: string) => void = (text) => console.error(text)): void {
  if (
    error instanceof ConfigError ||
    error instanceof Neo4jUnreachableError ||
    error instanceof LocalNeo4jError ||
    error instanceof AnnotationError ||
    // The API's own errors (bad input, Neo4j away) carry messages written for people.
    error instanceof GraphQLError
  ) {
    print(error.message);
    if (error instanceof LocalNeo4jError && error.logTail) print(error.logTail);
  } else {
    print(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}
