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

/**
 * When the process started, as the kernel counts it (clock ticks since boot, field 22 of
 * /proc/<pid>/stat): with the pid, it names one process, even after the pid is reused. Undefined
 * where there is no /proc.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}
