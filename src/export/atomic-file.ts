import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * Writes a file whole or not at all: `produce` writes to a file beside `target`, which takes the
 * target's name only when everything was written; when `produce` fails, the partial file is
 * removed and the target is left as it was.
 */
export async function writeAtomically<T>(target: string, produce: (out: Writable) => Promise<T>): Promise<T> {
  const partial = `${target}.partial-${process.pid}`;
  const out = createWriteStream(partial);
  try {
    const result = await produce(out);
    out.end();
    await finished(out);
    renameSync(partial, target);
    return result;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}
