#!/usr/bin/env node
/**
 * `npm test`, the gate: everything a change must pass, in the order that fails fast and costs
 * least, on a two-core machine:
 *   1. the static checks, two at a time: lint; then format, one compile of the service, tests and
 *      benchmark (which type-checks them), the explorer's build and type-check, generated files;
 *      meanwhile, once compiled and with Neo4j's jars fetched (by Maven, on first use), the
 *      disposable Neo4j of the integration tests boots and gets its data and plans;
 *   2. two lanes side by side: the integration and end-to-end tests on that shared Neo4j; and the
 *      unit tests, the tests that start their own processes (the service, the project-managed
 *      Neo4j) and the benchmark's smoke run, none of which touch the shared one.
 * Each step prints its duration; a step's output is shown as it runs, its lines marked with the
 * lane, and the first failure fails the gate.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const node = process.execPath;

/**
 * Runs one step. Quiet steps show their output only when they fail; streamed steps show it as it
 * comes, each line after the lane's mark.
 */
function step(name, command, args, { lane, env = {} } = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    // Whole lines only, so that the two lanes' lines do not mix within a line.
    const partial = { stdout: '', stderr: '' };
    const take = (stream) => (chunk) => {
      if (lane === undefined) {
        output += chunk;
        return;
      }
      const lines = (partial[stream] + chunk.toString()).split('\n');
      partial[stream] = lines.pop();
      for (const line of lines) process.stdout.write(`[${lane}] ${line}\n`);
    };
    child.stdout.on('data', take('stdout'));
    child.stderr.on('data', take('stderr'));
    child.on('close', (code) => {
      for (const rest of Object.values(partial)) if (rest) process.stdout.write(`[${lane}] ${rest}\n`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`ok   ${name} (${seconds} s)`);
        resolve();
      } else {
        console.log(`FAIL ${name} (${seconds} s)${output ? `\n${output}` : ''}`);
        reject(new Error(`${name} failed`));
      }
    });
  });
}

/**
 * Starts the integration tests' disposable Neo4j (tests/helpers/disposable-neo4j.ts) and resolves
 * with its connection once it is ready; `stop` ends it.
 */
function startSharedNeo4j() {
  const child = spawn(node, ['dist/tests/helpers/disposable-neo4j.js'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const ready = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^ready (\S+) (\S+)$/m.exec(out);
      if (match) resolve({ uri: match[1], password: match[2] });
    });
    child.on('exit', (code) => reject(new Error(`the tests' Neo4j did not start (exit ${code}):\n${errors}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { ready, stop };
}

async function main() {
  const started = Date.now();
  let shared;
  try {
    await gate(
      () => (shared = startSharedNeo4j()),
      () => shared,
    );
  } finally {
    await shared?.stop();
  }
  console.log(`\nThe gate passed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

async function gate(startShared, sharedNeo4j) {
  await Promise.all([
    step('lint (eslint, dclint)', 'sh', [
      '-c',
      `${bin('eslint')} . --max-warnings 0 && ${bin('dclint')} docker-compose.yml --max-warnings 0`,
    ]),
    (async () => {
      await step('format (prettier --check)', bin('prettier'), ['--check', '.']);
      await step('compile and type-check service, tests, benchmark; build the explorer', node, [
        'scripts/build.mjs',
        '--all',
        '--explorer',
      ]);
      await step("Neo4j's jars", node, ['dist/src/cli/main.js', 'db', 'install']);
      startShared();
      await step('type-check the explorer', bin('tsc'), ['-p', 'web/tsconfig.json']);
      await step('generated files current', node, ['dist/src/cli/main.js', 'check-generated']);
    })(),
  ]);
  const neo4j = await sharedNeo4j().ready;
  console.log(`ok   the integration tests' Neo4j is ready at ${neo4j.uri}`);
  await Promise.all([
    step(
      'integration and end-to-end tests (shared Neo4j)',
      bin('jest'),
      ['--runInBand', '--selectProjects', 'integration', 'e2e'],
      {
        lane: 'shared',
      },
    ),
    (async () => {
      await step(
        'unit tests, and tests of processes',
        bin('jest'),
        ['--runInBand', '--selectProjects', 'unit', 'processes'],
        {
          lane: 'own',
        },
      );
      await step('benchmark smoke run', node, ['dist/bench/run-benchmarks.js', '--smoke'], { lane: 'own' });
    })(),
  ]);
}

main().catch(() => {
  process.exitCode = 1;
});
