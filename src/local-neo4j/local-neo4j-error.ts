import { UserFacingError } from '../errors/user-facing.error';

/** Anything that keeps the project-managed Neo4j from installing, starting or stopping. */
export class LocalNeo4jError extends UserFacingError {
  constructor(
    message: string,
    /** Neo4j's or Maven's own last lines, for the reader to see why. */
    readonly logTail?: string,
  ) {
    super(message, logTail);
  }
}
