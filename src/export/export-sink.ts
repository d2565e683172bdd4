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
 * page of the graph and a buffer of text, however large the graph. Text is gathered into chunks of
 * 64 kB before it is written (small writes cost a system call and an HTTP chunk each); flush()
 * writes what is gathered.
 */
export class Sink {
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(
    private readonly out: Writable,
    private readonly chunkLength = 64 * 1024,
  ) {}

  async write(chunk: string): Promise<void> {
    this.append(chunk);
    await this.settle();
  }

  /** Gathers text without waiting (for writers that produce it in callbacks); settle() writes it. */
  append(chunk: string): void {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
  }

  /** Writes what is gathered once it fills a chunk, and waits while the stream's buffer is full. */
  async settle(): Promise<void> {
    if (this.pendingLength >= this.chunkLength) await this.flush();
  }

  /** Writes what is gathered, and waits while the stream's buffer is full. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    await writeWaiting(this.out, text);
  }
}

/** Writes one chunk (text, or a row to an object stream) and waits while the stream's buffer is full. */
export async function writeWaiting(out: Writable, chunk: unknown): Promise<void> {
  if (out.destroyed) throw new ExportAborted('the output was closed');
  if (out.write(chunk)) return;
  // Wait for the buffer to empty, or for the output to close; then stop listening to both.
  const stop = new AbortController();
  try {
    const drained = once(out, 'drain', { signal: stop.signal });
    const closed = once(out, 'close', { signal: stop.signal }).then(() => {
      throw new ExportAborted('the output was closed');
    });
    await Promise.race([drained, closed]);
  } finally {
    stop.abort();
  }
}
