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
