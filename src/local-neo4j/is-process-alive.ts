import { readFileSync } from 'node:fs';

/**
 * True while the process runs. A zombie (exited, not yet reaped by its parent) answers signal 0
 * but counts as gone.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    // No /proc (macOS): signal 0 is all there is to go by.
    return true;
  }
}
