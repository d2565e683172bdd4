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

/** The waits of one output for its buffer to empty: each resolved at 'drain', refused at 'close'. */
interface DrainWaits {
  wait(): Promise<void>;
}

const drainWaits = new WeakMap<Writable, DrainWaits>();

/**
 * One 'drain' and one 'close' listener for the life of an output, however often an export waits:
 * a listener added and removed at each wait would stay behind on an HTTP response that the
 * compression middleware wraps (it hands 'drain' listeners to its compressor, but not their
 * removal), and a long export would gather hundreds of thousands of them.
 */
function drainWaitsOf(out: Writable): DrainWaits {
  let waits = drainWaits.get(out);
  if (waits) return waits;
  let waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const settle = (each: (waiter: (typeof waiting)[number]) => void) => {
    const settled = waiting;
    waiting = [];
    settled.forEach(each);
  };
  out.on('drain', () => settle((waiter) => waiter.resolve()));
  out.on('close', () => settle((waiter) => waiter.reject(new ExportAborted('the output was closed'))));
  waits = { wait: () => new Promise((resolve, reject) => waiting.push({ resolve, reject })) };
  drainWaits.set(out, waits);
  return waits;
}

/** Writes one chunk (text, or a row to an object stream) and waits while the stream's buffer is full. */
export async function writeWaiting(out: Writable, chunk: unknown): Promise<void> {
  if (out.destroyed) throw new ExportAborted('the output was closed');
  const waits = drainWaitsOf(out);
  if (out.write(chunk)) return;
  if (out.destroyed) throw new ExportAborted('the output was closed');
  await waits.wait();
}
