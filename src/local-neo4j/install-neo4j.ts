import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error';

const MARKER = '.installed';

/** The Neo4j version the Maven manifest pins, read from its `neo4j.version` property. */
export function pinnedNeo4jVersion(pomFile: string): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match?.[1]) throw new LocalNeo4jError(`${pomFile} has no <neo4j.version> property`);
  return match[1].trim();
}

/** The version installed in `lib`, or undefined when nothing complete is there. */
export function installedNeo4jVersion(lib: string): string | undefined {
  const marker = path.join(lib, MARKER);
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : undefined;
}

export interface InstallOptions {
  pomFile: string;
  lib: string;
  log?: (line: string) => void;
}

/**
 * Makes sure `lib` holds the jars of the pinned Neo4j version, fetching them with Maven once.
 * Jars land in a scratch folder that replaces `lib` only when Maven succeeded, so a failed or
 * interrupted fetch never leaves a half-filled `lib` behind.
 */
export async function installNeo4j({ pomFile, lib, log = () => {} }: InstallOptions): Promise<string> {
  const version = pinnedNeo4jVersion(pomFile);
  if (installedNeo4jVersion(lib) === version) return version;

  const scratch = `${lib}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(path.dirname(lib), { recursive: true });
  log(`Fetching Neo4j Community ${version} with Maven into ${lib} (first run only, about 120 MB)...`);
  const started = Date.now();
  try {
    await runMaven(
      ['-B', '-f', pomFile, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${scratch}`],
      log,
    );
    const jars = readdirSync(scratch).filter((file) => file.endsWith('.jar'));
    if (!jars.some((jar) => jar.startsWith(`neo4j-server-${version}`))) {
      throw new LocalNeo4jError(`Maven finished but ${scratch} has no neo4j-server-${version}.jar`);
    }
    writeFileSync(path.join(scratch, MARKER), `${version}\n`);
    rmSync(lib, { recursive: true, force: true });
    renameSync(scratch, lib);
    log(`Neo4j ${version}: ${jars.length} jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return version;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function runMaven(args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    let downloads = 0;
    const child = spawn(process.env.MVN ?? 'mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        output.push(line);
        if (output.length > 200) output.shift();
        if (/^\[INFO\] Downloaded from /.test(line)) {
          downloads += 1;
          if (downloads % 50 === 0) log(`  ...${downloads} files downloaded`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LocalNeo4jError(
          error.code === 'ENOENT'
            ? 'Maven (mvn) is not installed or not on PATH: install Maven and Java 17, or set NEO4J_URI to use a Neo4j you run yourself'
            : `cannot run Maven: ${error.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new LocalNeo4jError(`Maven could not fetch Neo4j (exit code ${String(code)})`, output.slice(-30).join('\n')),
        );
    });
  });
}
