import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { EntityRecord, RelationRecord } from '../graph/model';

/** What an export reads: the entities, then the relations, each read page by page as it is written. */
export interface ExportSource {
  entities(): AsyncIterable<EntityRecord>;
  relations(): AsyncIterable<RelationRecord>;
  /** When the export was made (ISO 8601), and the explorer's address its links and IRIs start with. */
  generatedAt: string;
  baseUrl: string;
}

/** The reader is gone (a closed connection, a failed file): the export stops. */
export class ExportAborted extends Error {
  constructor(reason: string) {
    super(`the export stopped: ${reason}`);
    this.name = 'ExportAborted';
  }
}

/**
 * Writes to a stream and waits when its buffer is full, so that an export holds no more than a
 * page of the graph and a buffer of text, however large the graph.
 */
export class Sink {
  constructor(private readonly out: Writable) {}

  async write(chunk: string | Buffer): Promise<void> {
    if (this.out.destroyed) throw new ExportAborted('the output was closed');
    if (this.out.write(chunk)) return;
    // Wait for the buffer to empty, or for the output to close; then stop listening to both.
    const stop = new AbortController();
    try {
      const drained = once(this.out, 'drain', { signal: stop.signal });
      const closed = once(this.out, 'close', { signal: stop.signal }).then(() => {
        throw new ExportAborted('the output was closed');
      });
      await Promise.race([drained, closed]);
    } finally {
      stop.abort();
    }
  }
}
