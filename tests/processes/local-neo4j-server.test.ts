import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4jError } from '../../src/local-neo4j/local-neo4j-error';
import { LocalNeo4jServer, type LocalNeo4jOptions } from '../../src/local-neo4j/local-neo4j-server';
import { projectPaths } from '../../src/project-paths';
import { findFreePort } from '../helpers/find-free-port';
import { isProcessAlive } from '../helpers/processes';

/** A server in a fresh temporary home, on the jars the global setup already fetched. */
function serverInTempHome(options: Partial<LocalNeo4jOptions> & { boltPort: number }): LocalNeo4jServer {
  return new LocalNeo4jServer({
    home: mkdtempSync(path.join(tmpdir(), 'amur-local-neo4j-')),
    lib: path.join(projectPaths.localNeo4jHome, 'lib'),
    ...options,
  });
}

async function canLogIn(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

describe('LocalNeo4jServer', () => {
  const homes: string[] = [];
  afterAll(() => {
    for (const home of homes) rmSync(home, { recursive: true, force: true });
  });

  function track(server: LocalNeo4jServer): LocalNeo4jServer {
    homes.push(server.layout.home);
    return server;
  }

  it('treats a pid file of a dead process, or of another program, as stale', async () => {
    const server = track(serverInTempHome({ boltPort: await findFreePort() }));
    writeFileSync(server.layout.pidFile, JSON.stringify({ pid: 2 ** 22 + 1, boltPort: 1, startedAt: '' }));
    expect(server.status()).toEqual({ state: 'stopped' });
    expect(existsSync(server.layout.pidFile)).toBe(false);

    writeFileSync(server.layout.pidFile, JSON.stringify({ pid: process.pid, boltPort: 1, startedAt: '' }));
    expect(server.status()).toEqual({ state: 'stopped' });
    expect(await server.stop()).toBe(false);
    expect(isProcessAlive(process.pid)).toBe(true);
  });

  it('starts past a stale pid file, with a generated password, reuses itself, and stops without a trace', async () => {
    const server = track(serverInTempHome({ boltPort: await findFreePort() }));
    writeFileSync(server.layout.pidFile, JSON.stringify({ pid: 2 ** 22 + 1, boltPort: 1, startedAt: '' }));

    const first = await server.start();
    expect(first.startedHere).toBe(true);
    expect(server.status()).toMatchObject({ state: 'running', pid: first.pid, boltUri: first.uri });
    expect(statSync(server.layout.passwordFile).mode & 0o777).toBe(0o600);
    expect(first.password).toMatch(/^[0-9a-f]{48}$/);
    expect(await canLogIn(first.uri, first.password)).toBe(true);
    expect(await canLogIn(first.uri, 'neo4j')).toBe(false);
    // The JVM runs with the heap asked for and its young generation capped (youngGenerationCap).
    const javaArguments = readFileSync(`/proc/${first.pid}/cmdline`, 'utf8').split('\0');
    expect(javaArguments).toEqual(expect.arrayContaining(['-Xmx512m', '-XX:MaxNewSize=51m']));

    const second = await server.start();
    expect(second).toMatchObject({ startedHere: false, pid: first.pid, password: first.password });

    expect(await server.stop()).toBe(true);
    expect(isProcessAlive(first.pid)).toBe(false);
    expect(existsSync(server.layout.pidFile)).toBe(false);
    expect(server.status()).toEqual({ state: 'stopped' });
  });

  it('stops only the server it started: one started since by someone else keeps running, with its pid file', async () => {
    const boltPort = await findFreePort();
    const service = track(serverInTempHome({ boltPort }));
    const first = await service.start();
    expect(first.startedHere).toBe(true);

    // `npm run db:stop`, then `npm run db:start`, while the service runs: other objects, same home.
    const commands = new LocalNeo4jServer({ home: service.layout.home, lib: service.layout.lib, boltPort });
    expect(await commands.stop()).toBe(true);
    const second = await commands.start();
    expect(second.pid).not.toBe(first.pid);

    // The service stops: its own server is gone already; the new one is not its to stop.
    expect(await service.stopIfStartedHere()).toBe(false);
    expect(isProcessAlive(second.pid)).toBe(true);
    expect(existsSync(service.layout.pidFile)).toBe(true);
    expect(commands.status()).toMatchObject({ state: 'running', pid: second.pid });
    expect(await canLogIn(second.uri, second.password)).toBe(true);

    expect(await commands.stop()).toBe(true);
    expect(isProcessAlive(second.pid)).toBe(false);
    expect(commands.status()).toEqual({ state: 'stopped' });
  });

  it('reports a failed start with the tail of Neo4j’s own log and leaves no process behind', async () => {
    const boltPort = await findFreePort();
    const healthy = track(serverInTempHome({ boltPort }));
    await healthy.start();
    await healthy.stop();

    // Same home, now with a setting Neo4j refuses at start-up.
    const broken = new LocalNeo4jServer({
      home: healthy.layout.home,
      lib: healthy.layout.lib,
      boltPort,
      pageCache: 'lots',
    });
    const failure = await broken.start().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(LocalNeo4jError);
    expect((failure as LocalNeo4jError).message).toMatch(/^the local Neo4j exited with code \d+ while starting$/);
    expect((failure as LocalNeo4jError).logTail).toContain("'lots' is not a valid size");
    expect(broken.status()).toEqual({ state: 'stopped' });
    expect(existsSync(broken.layout.pidFile)).toBe(false);
  });

  it('refuses a Bolt port another program holds, naming the setting to change', async () => {
    const boltPort = await findFreePort();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(boltPort, '127.0.0.1', resolve));
    try {
      const server = track(serverInTempHome({ boltPort }));
      await expect(server.start()).rejects.toThrow(
        `port ${boltPort} on 127.0.0.1 is already taken by another program: stop it, or set LOCAL_NEO4J_BOLT_PORT to a free port`,
      );
    } finally {
      squatter.close();
    }
  });
});
