import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectPaths } from '../../src/project-paths';
import { findFreePort } from '../helpers/find-free-port';
import { waitForProcessExit } from '../helpers/processes';
import { runService } from '../helpers/service-process';

import { READY_LINE } from '../helpers/start-service';

/**
 * The service's process as `npm start` runs it, where it needs no Neo4j of the tests: bad
 * settings, no Neo4j at all, and the project-managed Neo4j it starts and stops itself. With the
 * tests' Neo4j: tests/integration/service-process.test.ts.
 */
describe('the service process (what npm start runs)', () => {
  it('fails within 10 s with one line when Neo4j cannot be reached', async () => {
    const run = runService({ NEO4J_URI: 'bolt://127.0.0.1:1', PORT: String(await findFreePort()) });
    const { code, afterMs } = await run.exited;
    expect(code).toBe(1);
    expect(afterMs).toBeLessThan(10_000);
    expect(run.stderr()).toBe('cannot reach Neo4j at bolt://127.0.0.1:1: connection refused\n');
    expect(run.stdout()).toBe('');
  });

  it('fails at once with one line naming a bad setting', async () => {
    const run = runService({ PORT: 'abc' });
    const { code, afterMs } = await run.exited;
    expect(code).toBe(1);
    expect(afterMs).toBeLessThan(10_000);
    expect(run.stderr()).toBe('invalid setting PORT: must be a port number from 1 to 65535, got "abc"\n');
  });

  it('fails at once with one line naming a bad memory setting', async () => {
    const run = runService({ HEAP_GROWING_PERCENT: 'half' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toBe(
      'invalid setting HEAP_GROWING_PERCENT: must be a whole number of per cent from 0 to 1000, got "half"\n',
    );
  });

  /** A LOCAL_NEO4J_HOME of its own, on the jars the global setup fetched rather than a second copy. */
  function localHome(): string {
    const home = mkdtempSync(path.join(tmpdir(), 'amur-start-'));
    symlinkSync(path.join(projectPaths.localNeo4jHome, 'lib'), path.join(home, 'lib'));
    return home;
  }

  /** The service on a free port, starting the project-managed Neo4j in `home` on a free Bolt port. */
  const runWithLocalNeo4j = async (home: string, port?: number) =>
    runService({
      PORT: String(port ?? (await findFreePort())),
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(await findFreePort()),
    });

  // Interrupted at each stage of starting, it stops the Neo4j it started and exits cleanly. While
  // the plans were made, Apollo's own signal handler, and the server not yet among what shutting
  // down stops, ended the process with the signal and left Neo4j running.
  it.each([
    { stage: 'it boots', output: /^Starting the local Neo4j/m, within: 60_000 },
    { stage: 'Neo4j plans its statements', output: /^Planning the costliest statements/m, within: 120_000 },
  ])(
    'stops the project-managed Neo4j when interrupted while $stage',
    async ({ output, within }) => {
      const home = localHome();
      try {
        const run = await runWithLocalNeo4j(home);
        await run.waitForOutput(output, within);
        const { pid: neo4jPid } = JSON.parse(readFileSync(path.join(home, 'server.pid'), 'utf8')) as { pid: number };
        run.child.kill('SIGINT');
        const { code } = await run.exited;
        expect(code).toBe(0);
        expect(await waitForProcessExit(neo4jPid, 5_000)).toBe(true);
        expect(existsSync(path.join(home, 'server.pid'))).toBe(false);
        expect(run.stdout()).not.toMatch(READY_LINE);
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
    180_000,
  );

  it('starts the project-managed Neo4j without NEO4J_URI and leaves no process behind on Ctrl-C', async () => {
    const home = localHome();
    try {
      const port = await findFreePort();
      const run = await runWithLocalNeo4j(home, port);
      // Ready once it has loaded the curated data and Neo4j has planned the costliest statements:
      // a minute or two beside the other suites.
      await run.waitForOutput(READY_LINE, 200_000);
      const { pid: neo4jPid } = JSON.parse(readFileSync(path.join(home, 'server.pid'), 'utf8')) as { pid: number };
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);

      run.child.kill('SIGINT');
      const { code } = await run.exited;
      expect(code).toBe(0);
      expect(await waitForProcessExit(neo4jPid, 5_000)).toBe(true);
      expect(existsSync(path.join(home, 'server.pid'))).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);
});
