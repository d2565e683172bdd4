import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectPaths } from '../../src/project-paths';

export interface ServiceRun {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
  /** Resolves when stdout has printed a line matching `pattern`; rejects if the process ends first. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
}

/**
 * Runs the compiled service (`node dist/src/index.js`, what `npm start` runs) with exactly the
 * given environment plus PATH and JAVA_HOME, so no setting leaks in from the test run.
 */
export function runService(env: Record<string, string>): ServiceRun {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(projectPaths.root, 'dist', 'src', 'index.js')], {
    cwd: projectPaths.root,
    env: {
      PATH: process.env.PATH ?? '',
      ...(process.env.JAVA_HOME && { JAVA_HOME: process.env.JAVA_HOME }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, afterMs: Date.now() - started })),
  );
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitForOutput: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          clearInterval(poll);
          reject(new Error(`no output matching ${pattern} within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
        }, timeoutMs);
        const poll = setInterval(() => {
          if (pattern.test(stdout)) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          } else if (child.exitCode !== null) {
            clearInterval(poll);
            clearTimeout(timer);
            reject(new Error(`the service exited with code ${child.exitCode}:\n${stdout}\n${stderr}`));
          }
        }, 50);
      }),
  };
}
