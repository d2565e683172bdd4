/** The processes a benchmark starts (our API, @neo4j/graphql), and what they cost in memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Starts a bench server script (dist/bench/<name>.js) and waits for its "listening <port>" line. */
export async function startChild(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; readsUrl: string | null }> {
  const child = spawn(process.execPath, [path.join(__dirname, script)], {
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${stderr.slice(-2000)}`)));
  });
  // serve-api.ts also names the port where the reads of traced requests are handed over.
  const reads = /reads (\d+)/.exec(out)?.[1];
  return { child, url: `http://127.0.0.1:${port}`, readsUrl: reads ? `http://127.0.0.1:${reads}` : null };
}

export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** A memory figure of a process from /proc (Linux), in MB: VmRSS resident now, VmHWM at the highest. */
function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** The peak resident memory of a process, in MB. */
export const peakRssMb = (pid: number): number => statusMb(pid, 'VmHWM');

/** The resident memory of a process now, in MB. */
export const rssMb = (pid: number): number => statusMb(pid, 'VmRSS');

/** CPU time in milliseconds from a /proc stat file (user + system). */
function statCpuMs(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  // Fields after the command (which may hold spaces), from field 3 on.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

/** CPU time a process has used so far, in milliseconds (Linux: /proc/<pid>/stat, user + system). */
export function cpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/stat`);
}

/**
 * CPU time the JIT compiler threads of a Java process ("C1 CompilerThre", "C2 CompilerThre") have
 * used so far, in milliseconds. The JVM ends compiler threads it no longer needs: what an ended
 * thread used is no longer counted, so the figure can fall, and a difference undercounts.
 */
export function jitCpuMs(pid: number): number {
  let ms = 0;
  for (const thread of readdirSync(`/proc/${pid}/task`)) {
    try {
      if (!/^C[12] CompilerThre/.test(readFileSync(`/proc/${pid}/task/${thread}/comm`, 'utf8'))) continue;
      ms += statCpuMs(`/proc/${pid}/task/${thread}/stat`);
    } catch {
      // The thread ended between the listing and the reading.
    }
  }
  return ms;
}
