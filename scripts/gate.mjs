#!/usr/bin/env node
/**
 * `npm test`, the gate: everything a change must pass, in the order that fails fast and costs
 * least, on a two-core machine:
 *   1. the static checks, two at a time: lint; then format, one compile of the service, tests and
 *      benchmark (which type-checks them), Neo4j's jars (fetched by Maven on first use), the
 *      explorer's build and type-check, generated files;
 *   2. two lanes side by side: the integration and end-to-end tests on one shared, disposable
 *      Neo4j (their global setup starts it); and the
 *      unit tests, the tests that start their own processes (the service, the project-managed
 *      Neo4j) and the benchmark's smoke run, none of which touch the shared one.
 * Each step prints its duration; a step's output is shown as it runs, its lines marked with the
 * lane. A failing step fails the gate once its stage has ended, and the gate's last lines name the
 * failing tests (a CI log is often read from its end).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const node = process.execPath;
/** Where each Jest lane writes its results as JSON, read back to name the failing tests last. */
const resultsDir = path.join(root, 'test-results', 'gate');
const jestResults = (lane) => path.join(resultsDir, `${lane}.json`);
const jestOutput = (lane) => ['--json', `--outputFile=${jestResults(lane)}`];

/** The failing tests of every lane, one line each with the first lines of the failure. */
function failingTests() {
  const lines = [];
  for (const lane of ['shared', 'own']) {
    if (!existsSync(jestResults(lane))) continue;
    const results = JSON.parse(readFileSync(jestResults(lane), 'utf8'));
    for (const suite of results.testResults) {
      const file = path.relative(root, suite.name);
      const failed = suite.assertionResults.filter((test) => test.status === 'failed');
      if (failed.length === 0 && suite.status === 'failed') {
        lines.push(`  ${file}: ${suite.message.split('\n').slice(0, 6).join('\n    ')}`);
      }
      for (const test of failed) {
        const message = test.failureMessages
          .join('\n')
          .split('\n')
          .filter((line) => line.trim() !== '');
        lines.push(`  ${file} > ${test.fullName}\n    ${message.slice(0, 8).join('\n    ')}`);
      }
    }
  }
  return lines;
}

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

/** Waits for every step of a stage, so that a failure is reported after the others' output. */
async function together(steps) {
  const failed = (await Promise.allSettled(steps)).filter((outcome) => outcome.status === 'rejected');
  if (failed.length > 0) throw failed[0].reason;
}

async function main() {
  const started = Date.now();
  await together([
    step('lint (eslint, dclint)', 'sh', [
      '-c',
      `${bin('eslint')} . --max-warnings 0 && ${bin('dclint')} docker-compose.yml --max-warnings 0`,
    ]),
    (async () => {
      await step('compile and type-check service, tests, benchmark; build the explorer', node, [
        'scripts/build.mjs',
        '--all',
        '--explorer',
      ]);
      // Maven's download (first run only) waits on the network, not on the cores: beside the rest.
      await together([
        step("Neo4j's jars", node, ['dist/src/cli/main.js', 'db', 'install']),
        (async () => {
          await step('format (prettier --check)', bin('prettier'), ['--check', '.']);
          await step('type-check the explorer', bin('tsc'), ['-p', 'web/tsconfig.json']);
          await step('generated files current', node, ['dist/src/cli/main.js', 'check-generated']);
        })(),
      ]);
    })(),
  ]);
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  await together([
    step(
      'integration and end-to-end tests (shared Neo4j)',
      bin('jest'),
      ['--runInBand', '--selectProjects', 'integration', 'e2e', ...jestOutput('shared')],
      {
        lane: 'shared',
      },
    ),
    (async () => {
      await step(
        'unit tests, and tests of processes',
        bin('jest'),
        ['--runInBand', '--selectProjects', 'unit', 'processes', ...jestOutput('own')],
        {
          lane: 'own',
        },
      );
      await step('benchmark smoke run', node, ['dist/bench/run-benchmarks.js', '--smoke'], { lane: 'own' });
    })(),
  ]);
  console.log(`\nThe gate passed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main().catch(() => {
  const failing = failingTests();
  if (failing.length > 0) console.log(`\nThe gate failed; failing tests:\n${failing.join('\n')}`);
  process.exitCode = 1;
});
