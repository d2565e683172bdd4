import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { projectPaths } from '../project-paths';
import { findJava } from './find-java';
import { installNeo4j } from './install-neo4j';
import { isProcessAlive, processStartTime } from './is-process-alive';
import { LocalNeo4jError } from './local-neo4j-error';
import { localNeo4jLayout, type LocalNeo4jLayout } from './local-neo4j-layout';
import { DEFAULT_SERVER_SETTINGS, renderNeo4jConf } from './render-neo4j-conf';

export const LOCAL_NEO4J_USER = 'neo4j';
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

export interface LocalNeo4jOptions {
  /** Folder for conf, data, logs, run and the password; created when missing. */
  home: string;
  /** Folder of Neo4j's jars; defaults to `<home>/lib`. */
  lib?: string;
  boltPort: number;
  pomFile?: string;
  heap?: string;
  pageCache?: string;
  /** How long to wait for Bolt to answer after the process started. */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export type LocalNeo4jStatus =
  { state: 'running'; pid: number; boltUri: string; startedAt: string } | { state: 'stopped' };

export interface LocalNeo4jConnection {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** False when an already running server was reused: its owner, not us, stops it. */
  startedHere: boolean;
}

interface PidFile {
  pid: number;
  boltPort: number;
  startedAt: string;
  /** The kernel's start time of the process (processStartTime), where there is /proc. */
  processStart?: string;
}

/**
 * The JVM's young generation capped at a tenth of the heap. G1 sizes it by its pause goal from
 * recent history: after a quiet spell of short-lived garbage it is most of a 512 MB heap, and when
 * a large write then commits (a 1 MB document written again holds about 250 MB till its commit),
 * one young collection copies all of that at once: 180-340 ms during which every read waits. With
 * a tenth, the longest pause measured was 73 ms; young collections of garbage stay a few ms, only
 * more of them.
 */
export function youngGenerationCap(heap: string): string {
  const match = /^(\d+)([kmg]?)$/i.exec(heap.trim());
  if (!match) throw new LocalNeo4jError(`the Neo4j heap "${heap}" is not a size such as 512m or 2g`);
  const kilobytes = Number(match[1]) * { '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 }[match[2]!.toLowerCase()]!;
  return `${Math.max(1, Math.round(kilobytes / 10 / 1024))}m`;
}

function sameServer(a: PidFile, b: PidFile): boolean {
  return a.pid === b.pid && a.startedAt === b.startedAt && a.processStart === b.processStart;
}

/**
 * The project-managed Neo4j Community server: a `java` process running Neo4j's own entry point
 * on jars that Maven fetched, with its home, password and pid file under one folder.
 */
export class LocalNeo4jServer {
  readonly layout: LocalNeo4jLayout;
  private readonly options: Required<Omit<LocalNeo4jOptions, 'lib'>>;
  private child: ChildProcess | undefined;
  /** The pid file this object wrote for the server it spawned. */
  private spawned: PidFile | undefined;

  constructor(options: LocalNeo4jOptions) {
    this.layout = localNeo4jLayout(options.home, options.lib);
    this.options = {
      pomFile: projectPaths.neo4jPom,
      heap: DEFAULT_SERVER_SETTINGS.heap,
      pageCache: DEFAULT_SERVER_SETTINGS.pageCache,
      startTimeoutMs: 120_000,
      log: () => {},
      ...options,
    };
  }

  /** Running or stopped; a pid file left by a process that is gone is removed on the way. */
  status(): LocalNeo4jStatus {
    const pidFile = this.readPidFile();
    if (!pidFile) return { state: 'stopped' };
    if (!this.isOurProcess(pidFile)) {
      this.removePidFileOf(pidFile);
      return { state: 'stopped' };
    }
    return {
      state: 'running',
      pid: pidFile.pid,
      boltUri: boltUri(pidFile.boltPort),
      startedAt: pidFile.startedAt,
    };
  }

  /**
   * Starts the server, or reuses the one already running from this home. `detached` lets it
   * outlive this process (for `db:start`); otherwise it shares our process group, so Ctrl-C in a
   * terminal reaches it too, and the caller stops it on exit.
   */
  async start({ detached = false }: { detached?: boolean } = {}): Promise<LocalNeo4jConnection> {
    const { log } = this.options;
    const current = this.status();
    if (current.state === 'running') {
      const password = this.readPassword();
      await this.waitForBolt(current.boltUri, password, undefined);
      log(`Reusing the local Neo4j already running at ${current.boltUri} (pid ${current.pid}).`);
      return { uri: current.boltUri, user: LOCAL_NEO4J_USER, password, pid: current.pid, startedHere: false };
    }

    const java = await this.prepare();
    const uri = boltUri(this.options.boltPort);
    if (await isPortOpen(this.options.boltPort)) {
      throw new LocalNeo4jError(
        `port ${this.options.boltPort} on 127.0.0.1 is already taken by another program: stop it, or set LOCAL_NEO4J_BOLT_PORT to a free port`,
      );
    }
    const password = await this.ensurePassword(java);

    const started = Date.now();
    const child = this.spawnServer(java, detached);
    this.spawned = {
      pid: child.pid!,
      boltPort: this.options.boltPort,
      startedAt: new Date().toISOString(),
      ...(processStartTime(child.pid!) !== undefined && { processStart: processStartTime(child.pid!)! }),
    };
    this.writePidFile(this.spawned);
    // Announced once the pid file is there: whoever reacts to the line can find and stop the server.
    log(`Starting the local Neo4j at ${uri} (logs in ${this.layout.logs})...`);
    try {
      await this.waitForBolt(uri, password, child);
    } catch (error) {
      await this.stopIfStartedHere();
      throw error;
    }
    if (detached) child.unref();
    log(`Local Neo4j is up after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid!}).`);
    return { uri, user: LOCAL_NEO4J_USER, password, pid: child.pid!, startedHere: true };
  }

  /** Java, the jars, the folders and the configuration, as starting or importing needs them. */
  private async prepare(): Promise<string> {
    const java = await findJava();
    await installNeo4j({ pomFile: this.options.pomFile, lib: this.layout.lib, log: this.options.log });
    for (const dir of [this.layout.conf, this.layout.data, this.layout.logs, this.layout.run]) {
      mkdirSync(dir, { recursive: true });
    }
    writeFileSync(
      path.join(this.layout.conf, 'neo4j.conf'),
      renderNeo4jConf(this.layout, {
        boltPort: this.options.boltPort,
        heap: this.options.heap,
        pageCache: this.options.pageCache,
      }),
    );
    return java;
  }

  /**
   * Bulk loading: `neo4j-admin database import full <options> neo4j` into this home while the
   * server is stopped, replacing the database. `options` name the CSV files and their format.
   */
  async importFull(options: readonly string[]): Promise<void> {
    if (this.status().state === 'running') {
      throw new LocalNeo4jError('the local Neo4j is running: stop it before importing into its database');
    }
    const java = await this.prepare();
    await runToCompletion(
      java,
      [
        '-cp',
        `${this.layout.lib}/*`,
        ADMIN_TOOL,
        'database',
        'import',
        'full',
        'neo4j',
        '--overwrite-destination',
        ...options,
      ],
      { ...process.env, NEO4J_HOME: this.layout.home, NEO4J_CONF: this.layout.conf },
      'importing into the local Neo4j failed',
    );
  }

  /**
   * Stops the server of this home that the pid file names, if it runs: SIGTERM, then SIGKILL after
   * a grace period. The pid file is removed only while it still names that server.
   */
  async stop({ graceMs = 60_000 }: { graceMs?: number } = {}): Promise<boolean> {
    const pidFile = this.readPidFile();
    if (!pidFile) return false;
    if (!this.isOurProcess(pidFile)) {
      this.removePidFileOf(pidFile);
      return false;
    }
    await this.terminate(pidFile.pid, graceMs);
    this.removePidFileOf(pidFile);
    if (this.spawned && sameServer(this.spawned, pidFile)) this.forgetSpawned();
    return true;
  }

  /**
   * Stops the server only if this object spawned it and it still runs: safe to call at any point
   * of `start()`. A server that `start()` merely reused, or one started since by someone else
   * (`npm run db:start` after this one stopped), is left alone, and so is its pid file.
   */
  async stopIfStartedHere({ graceMs = 60_000 }: { graceMs?: number } = {}): Promise<boolean> {
    const spawned = this.spawned;
    if (!spawned) return false;
    this.forgetSpawned();
    if (!this.isOurProcess(spawned)) {
      this.removePidFileOf(spawned);
      return false;
    }
    await this.terminate(spawned.pid, graceMs);
    this.removePidFileOf(spawned);
    return true;
  }

  private forgetSpawned(): void {
    this.spawned = undefined;
    this.child = undefined;
  }

  private async terminate(pid: number, graceMs: number): Promise<void> {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isProcessAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isProcessAlive(pid)) {
      this.options.log(`Neo4j (pid ${pid}) did not stop within ${graceMs / 1000} s; killing it.`);
      process.kill(pid, 'SIGKILL');
      while (isProcessAlive(pid)) await sleep(100);
    }
  }

  /** Removes the pid file if it (still) names `server`: never another server's. */
  private removePidFileOf(server: PidFile): void {
    const current = this.readPidFile({ keepUnreadable: true });
    if (current && sameServer(current, server)) rmSync(this.layout.pidFile, { force: true });
  }

  /** The generated password of this home; the service reads it instead of a setting. */
  readPassword(): string {
    if (!existsSync(this.layout.passwordFile)) {
      throw new LocalNeo4jError(`no password file at ${this.layout.passwordFile}: start the local Neo4j once first`);
    }
    return readFileSync(this.layout.passwordFile, 'utf8').trim();
  }

  /** The last lines of Neo4j's own log and of its console output. */
  logTail(lines = 25): string {
    return [this.layout.neo4jLog, this.layout.consoleLog]
      .filter((file) => existsSync(file))
      .map((file) => {
        const tail = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
        return `--- ${file} (last ${lines} lines) ---\n${tail}`;
      })
      .join('\n');
  }

  /**
   * Neo4j's own launcher adds more flags from its neo4j.conf, which the Docker image uses. Five of
   * them were measured here at a million entities, two restarts each way (without, with, with,
   * without), the JIT warmed: -XX:+TrustFinalNonStaticFields, -XX:+DisableExplicitGC,
   * -Djdk.nio.maxCachedBufferSize, -Dio.netty.tryReflectionSetAccessible and opening java.io.
   * Neo4j's CPU a request of the users' mix was 4.9 against 5.0 ms without and with them at 160
   * requests/s, 4.7 against 4.8 at 200: no gain, so they are left out.
   */
  private spawnServer(java: string, detached: boolean): ChildProcess {
    const console = openSync(this.layout.consoleLog, 'a');
    try {
      const child = spawn(
        java,
        [
          `-Xms${this.options.heap}`,
          `-Xmx${this.options.heap}`,
          '-XX:+UseG1GC',
          `-XX:MaxNewSize=${youngGenerationCap(this.options.heap)}`,
          '-XX:-OmitStackTraceInFastThrow',
          '-XX:+ExitOnOutOfMemoryError',
          '--add-opens=java.base/java.nio=ALL-UNNAMED',
          '--add-opens=java.base/java.lang=ALL-UNNAMED',
          '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
          '-Dfile.encoding=UTF-8',
          '-cp',
          `${this.layout.lib}/*`,
          ENTRY_POINT,
          `--home-dir=${this.layout.home}`,
          `--config-dir=${this.layout.conf}`,
        ],
        { cwd: this.layout.home, detached, stdio: ['ignore', console, console] },
      );
      this.child = child;
      return child;
    } finally {
      closeSync(console);
    }
  }

  private async waitForBolt(uri: string, password: string, child: ChildProcess | undefined): Promise<void> {
    const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_NEO4J_USER, password), {
      connectionTimeout: 2_000,
      maxConnectionPoolSize: 1,
      logging: { level: 'error', logger: () => {} },
    });
    const deadline = Date.now() + this.options.startTimeoutMs;
    let lastError = '';
    try {
      for (;;) {
        if (child && child.exitCode !== null) {
          throw new LocalNeo4jError(
            `the local Neo4j exited with code ${child.exitCode} while starting`,
            this.logTail(),
          );
        }
        try {
          await driver.verifyConnectivity();
          return;
        } catch (error) {
          lastError = (error as Error).message;
          if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
            throw new LocalNeo4jError(
              `the local Neo4j at ${uri} rejects the password in ${this.layout.passwordFile}: delete ${this.layout.data} and the password file to start afresh`,
            );
          }
        }
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(
            `the local Neo4j did not answer on ${uri} within ${this.options.startTimeoutMs / 1000} s (${lastError})`,
            this.logTail(),
          );
        }
        await sleep(300);
      }
    } finally {
      await driver.close();
    }
  }

  /**
   * Generates the password on first start and sets it before the database first runs; later
   * starts read it back. The file is private to the user and never part of the repository.
   */
  private async ensurePassword(java: string): Promise<string> {
    if (existsSync(this.layout.passwordFile)) return this.readPassword();
    const authFile = path.join(this.layout.data, 'dbms', 'auth.ini');
    if (existsSync(authFile)) {
      throw new LocalNeo4jError(
        `${this.layout.data} holds a database whose password is unknown (${this.layout.passwordFile} is missing): delete ${this.layout.data} to start afresh`,
      );
    }
    // Hex: never starts with '-', which neo4j-admin would read as an option.
    const password = randomBytes(24).toString('hex');
    const partial = `${this.layout.passwordFile}.partial`;
    writeFileSync(partial, `${password}\n`, { mode: 0o600 });
    try {
      await runToCompletion(
        java,
        ['-cp', `${this.layout.lib}/*`, ADMIN_TOOL, 'dbms', 'set-initial-password', password],
        { ...process.env, NEO4J_HOME: this.layout.home, NEO4J_CONF: this.layout.conf },
      );
      renameSync(partial, this.layout.passwordFile);
    } catch (error) {
      rmSync(partial, { force: true });
      rmSync(authFile, { force: true });
      throw error;
    }
    return password;
  }

  private readPidFile({ keepUnreadable = false }: { keepUnreadable?: boolean } = {}): PidFile | undefined {
    if (!existsSync(this.layout.pidFile)) return undefined;
    try {
      const parsed = JSON.parse(readFileSync(this.layout.pidFile, 'utf8')) as Partial<PidFile>;
      if (typeof parsed.pid === 'number' && typeof parsed.boltPort === 'number') {
        return {
          pid: parsed.pid,
          boltPort: parsed.boltPort,
          startedAt: String(parsed.startedAt ?? ''),
          ...(typeof parsed.processStart === 'string' && { processStart: parsed.processStart }),
        };
      }
    } catch {
      // Unreadable: treated as stale below.
    }
    if (!keepUnreadable) rmSync(this.layout.pidFile, { force: true });
    return undefined;
  }

  private writePidFile(content: PidFile): void {
    writeFileSync(this.layout.pidFile, `${JSON.stringify(content)}\n`);
  }

  /**
   * The server the pid file names is alive and runs Neo4j from this home: a recycled pid of
   * another program (another start time, another command line) does not count.
   */
  private isOurProcess({ pid, processStart }: PidFile): boolean {
    if (!isProcessAlive(pid)) return false;
    if (processStart !== undefined && processStartTime(pid) !== processStart) return false;
    const cmdlineFile = `/proc/${pid}/cmdline`;
    if (!existsSync('/proc/self/cmdline')) return true;
    try {
      const cmdline = readFileSync(cmdlineFile, 'utf8');
      return cmdline.includes(ENTRY_POINT) && cmdline.includes(this.layout.home);
    } catch {
      return false;
    }
  }
}

function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function runToCompletion(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  failure = "setting the local Neo4j's initial password failed",
): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new LocalNeo4jError(`${failure} (exit code ${String(code)})`, output.join('').trim()));
    });
  });
}
