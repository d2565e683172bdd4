import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from '../../src/local-neo4j/is-process-alive';

export { isProcessAlive };

/** Polls until the process is gone; false when it still runs after `timeoutMs`. */
export async function waitForProcessExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await sleep(100);
  }
  return !isProcessAlive(pid);
}

/**
 * The pid a pid file names, once it is written: a server announces its start before it spawns the
 * process and writes the file, so a reader that reacts to the announcement may come too early.
 */
export async function waitForPidFile(file: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`no pid file at ${file} after ${timeoutMs} ms`);
    await sleep(50);
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { pid: number }).pid;
}
