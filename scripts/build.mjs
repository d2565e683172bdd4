#!/usr/bin/env node
/**
 * Builds what a command needs, and only what changed since the last build:
 *   node scripts/build.mjs             the service's code (tsc, to dist/)
 *   node scripts/build.mjs --explorer  also the explorer and GraphiQL (vite)
 *   node scripts/build.mjs --all       the service, the tests and the benchmark in one compile,
 *                                      which also type-checks them all (the test gate)
 *
 * Each part is skipped when a hash of its inputs equals the one recorded at its last build, so a
 * script whose build is current starts at once. The explorer is built into a fresh folder under
 * web/builds/ and then put in place by pointing the symlink web/dist at it (one rename, atomic), so
 * that a running service keeps serving the old build until the new one is complete; older builds
 * are removed, the previous one kept for pages still loading its assets.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = (name) => path.join(root, 'node_modules', ...name.split('/'));

/** A hash of every file under the given paths (relative to the root), names and contents. */
function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = (relative) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    if (lstatSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute).sort()) visit(path.join(relative, name));
    } else {
      hash.update(`${relative}\n`).update(readFileSync(absolute));
    }
  };
  for (const relative of paths) visit(relative);
  return hash.digest('hex').slice(0, 16);
}

function readStamp(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

function run(command, args, env = process.env) {
  execFileSync(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit', env });
}

/**
 * The service's code: tsc when src/ or the compiler settings changed. With `all`, tests and
 * benchmark too, in one compile (tsconfig.json emits the same dist/src as tsconfig.build.json).
 */
function buildService(all) {
  const stamp = path.join(root, 'dist', '.build-stamp');
  const inputs = hashOf(['src', 'codegen.ts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json']);
  if (all) {
    run(require('typescript/bin/tsc'), ['-p', 'tsconfig.json']);
  } else {
    if (readStamp(stamp) === inputs && existsSync(path.join(root, 'dist', 'src', 'index.js'))) return;
    run(require('typescript/bin/tsc'), ['-p', 'tsconfig.build.json']);
  }
  writeFileSync(stamp, `${inputs}\n`);
}

/** The explorer and GraphiQL: vite into web/builds/<hash>, then web/dist points at it. */
function buildExplorer() {
  const inputs = hashOf([
    'web/src',
    'web/index.html',
    'web/graphiql.html',
    'web/vite.config.ts',
    'src',
    'package-lock.json',
    // Its own settings for vite (NODE_ENV) make the build too.
    'scripts/build.mjs',
  ]);
  const builds = path.join(root, 'web', 'builds');
  const link = path.join(root, 'web', 'dist');
  const current = existsSync(link) && lstatSync(link).isSymbolicLink() ? readlinkSync(link) : null;
  if (current === path.join('builds', inputs) && existsSync(path.join(builds, inputs, 'index.html'))) return;

  mkdirSync(builds, { recursive: true });
  const target = path.join(builds, inputs);
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  run(
    require('vite/bin/vite.js'),
    ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn', '--outDir', partial],
    // Always the production build: under the tests NODE_ENV is "test", for which vite resolves
    // packages' development builds (Lit's warned in the console that it was in dev mode), and
    // `npm start` then served the build the tests had made.
    { ...process.env, NODE_ENV: 'production' },
  );
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);

  // A web/dist of the days before builds were swapped in is a folder: move it out of the way once.
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) rmSync(link, { recursive: true, force: true });
  const next = `${link}.next`;
  rmSync(next, { force: true });
  symlinkSync(path.join('builds', inputs), next);
  renameSync(next, link);

  const keep = new Set([inputs, current && path.basename(current)]);
  for (const name of readdirSync(builds))
    if (!keep.has(name)) rmSync(path.join(builds, name), { recursive: true, force: true });
}

const { values } = parseArgs({
  options: { explorer: { type: 'boolean', default: false }, all: { type: 'boolean', default: false } },
  strict: true,
});
buildService(values.all);
if (values.explorer) buildExplorer();
