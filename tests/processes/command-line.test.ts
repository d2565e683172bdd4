import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectPaths } from '../../src/project-paths';

/** Runs one of the built command lines as npm's scripts do, and returns what it printed and its exit code. */
function runBuilt(script: string, args: string[]) {
  const run = spawnSync(process.execPath, [path.join(projectPaths.root, 'dist', script), ...args], {
    cwd: projectPaths.root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * The project's command lines as people type them (npm run <script> -- ...): --help gives the
 * usage, and a wrong option is refused by name, with the usage and exit code 2, before anything
 * starts (no Neo4j is needed to tell).
 */
describe('the command lines', () => {
  it('give their usage when asked', () => {
    const all = runBuilt('src/cli/main.js', ['--help']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^usage: amur <command> \[options\]\n {2}db {14}the project-managed Neo4j/);
    const exportUsage = runBuilt('src/cli/main.js', ['export', '-h']);
    expect(exportUsage.code).toBe(0);
    expect(exportUsage.stdout).toMatch(/^usage: amur export --format gexf\|graphml\|jsonld\|ttl\|csv\.zip /);
    const bench = runBuilt('bench/run-benchmarks.js', ['--help']);
    expect(bench.code).toBe(0);
    expect(bench.stdout).toMatch(/^usage: npm run bench -- \[--scale 10k,100k,1m\]/);
    expect(bench.stderr).toBe('');
  });

  it('refuse a wrong option by name, with the usage, and run nothing', () => {
    const misspelt = runBuilt('src/cli/main.js', ['export', '--fromat', 'gexf']);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toMatch(/^unknown option '--fromat'\nusage: amur export --format /);
    const scale = runBuilt('bench/run-benchmarks.js', ['--scale', '3m']);
    expect(scale.code).toBe(2);
    expect(scale.stderr).toMatch(/^--scale: unknown "3m": use 2k, 10k, 100k, 1m\nusage: npm run bench -- /);
    expect(scale.stdout).toBe('');
    const format = runBuilt('bench/export-memory.js', ['--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/^--format: "pdf" is not one of gexf, graphml, jsonld, ttl, csv\.zip\nusage: /);
  });
});
