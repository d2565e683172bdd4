/**
 * A failure the service or a command expects and explains: a bad setting, Neo4j away, a bad
 * command line, bad annotations. Its message is written for people and printed as it is, with the
 * detail (a log's last lines) after it; anything else is a bug, printed in full.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    /** More for the reader: the last lines of Neo4j's or Maven's log, say. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
