import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { LocalNeo4jError } from './local-neo4j-error';

const execFileAsync = promisify(execFile);

export const MINIMUM_JAVA_VERSION = 17;

/** The java binary to run Neo4j with: $JAVA_HOME/bin/java, else `java` on PATH; checked to be 17 or newer. */
export async function findJava(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  let banner: string;
  try {
    // `java -version` writes to stderr.
    const { stderr, stdout } = await execFileAsync(java, ['-version']);
    banner = `${stderr}${stdout}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LocalNeo4jError(
      code === 'ENOENT'
        ? `Java is not installed (no ${java}): install Java ${MINIMUM_JAVA_VERSION}, or set NEO4J_URI to use a Neo4j you run yourself`
        : `cannot run ${java} -version: ${(error as Error).message}`,
    );
  }
  const major = parseJavaMajorVersion(banner);
  if (major === undefined || major < MINIMUM_JAVA_VERSION) {
    throw new LocalNeo4jError(
      `Neo4j 5 needs Java ${MINIMUM_JAVA_VERSION} or newer, but ${java} is ${major === undefined ? 'of an unknown version' : `Java ${major}`}: set JAVA_HOME to a Java ${MINIMUM_JAVA_VERSION}`,
    );
  }
  return java;
}

/** 17 from `openjdk version "17.0.15"`, 8 from `java version "1.8.0_392"`. */
export function parseJavaMajorVersion(banner: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
