import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installNeo4j, installedNeo4jVersion, pinnedNeo4jVersion } from '../../src/local-neo4j/install-neo4j';
import { LocalNeo4jError } from '../../src/local-neo4j/local-neo4j-error';
import { projectPaths } from '../../src/project-paths';
import { temporaryFolder } from '../helpers/temporary-folder';

/** A stand-in for `mvn` that records its calls and fills -DoutputDirectory, or fails. */
function fakeMaven(dir: string, behaviour: 'succeed' | 'fail'): string {
  const script = path.join(dir, 'mvn');
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      `echo call >> "${dir}/calls"`,
      behaviour === 'fail'
        ? 'echo "[ERROR] Could not resolve dependencies"; exit 1'
        : [
            'for arg in "$@"; do case "$arg" in -DoutputDirectory=*) out="${arg#-DoutputDirectory=}";; esac; done',
            'mkdir -p "$out"',
            'touch "$out/neo4j-server-5.26.99.jar" "$out/neo4j-kernel-5.26.99.jar"',
          ].join('\n'),
      '',
    ].join('\n'),
  );
  chmodSync(script, 0o755);
  return script;
}

function pom(dir: string, version: string): string {
  const file = path.join(dir, 'pom.xml');
  writeFileSync(file, `<project><properties><neo4j.version>${version}</neo4j.version></properties></project>`);
  return file;
}

describe('installNeo4j', () => {
  const originalMvn = process.env.MVN;
  afterEach(() => {
    if (originalMvn === undefined) delete process.env.MVN;
    else process.env.MVN = originalMvn;
  });

  it('pins a Neo4j 5.26 LTS release in the project manifest', () => {
    expect(pinnedNeo4jVersion(projectPaths.neo4jPom)).toMatch(/^5\.26\.\d+$/);
  });

  it('fetches once, then reuses the installed jars', async () => {
    const dir = temporaryFolder('amur-install-');
    process.env.MVN = fakeMaven(dir, 'succeed');
    const lib = path.join(dir, 'lib');
    const options = { pomFile: pom(dir, '5.26.99'), lib };

    await expect(installNeo4j(options)).resolves.toBe('5.26.99');
    await expect(installNeo4j(options)).resolves.toBe('5.26.99');

    expect(readFileSync(path.join(dir, 'calls'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(installedNeo4jVersion(lib)).toBe('5.26.99');
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('leaves the installed jars in place and no partial folder when Maven fails', async () => {
    const dir = temporaryFolder('amur-install-');
    const lib = path.join(dir, 'lib');
    process.env.MVN = fakeMaven(dir, 'succeed');
    await installNeo4j({ pomFile: pom(dir, '5.26.99'), lib });

    process.env.MVN = fakeMaven(dir, 'fail');
    const upgrade = installNeo4j({ pomFile: pom(dir, '5.26.100'), lib });
    await expect(upgrade).rejects.toThrow(LocalNeo4jError);
    await expect(upgrade).rejects.toMatchObject({
      message: 'Maven could not fetch Neo4j (exit code 1)',
      logTail: expect.stringContaining('Could not resolve dependencies') as unknown,
    });
    expect(installedNeo4jVersion(lib)).toBe('5.26.99');
    expect(existsSync(path.join(lib, 'neo4j-server-5.26.99.jar'))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('says how to go on when Maven is not installed', async () => {
    const dir = temporaryFolder('amur-install-');
    process.env.MVN = path.join(dir, 'no-such-mvn');
    await expect(installNeo4j({ pomFile: pom(dir, '5.26.99'), lib: path.join(dir, 'lib') })).rejects.toThrow(
      /Maven \(mvn\) is not installed.*set NEO4J_URI/,
    );
  });
});
