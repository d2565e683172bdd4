/**
 * `npm run bench:export -- [--scale 1m] [--format gexf] [--identity] [--reload]`: downloads
 * GET /export/graph.<format> of the synthetic graph from our API (the real app in a process of its
 * own, as `npm run bench` runs it) and reads the API's resident memory every 100 ms while the
 * export streams: what a client taking the whole graph costs the service. The client asks for a
 * compressed answer as browsers and `curl --compressed` do (--identity: uncompressed). Prints its
 * progress every 30 s; prints and records the graph's size, the bytes, the time, the API's memory
 * before, along the way and at its highest, and the settings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectPaths } from '../src/project-paths';
import {
  EXPORT_BENCH_USAGE,
  parseExportBenchOptions,
  runBenchCommand,
  type ExportBenchOptions,
} from './bench-command-line';
import { benchMemory, openBenchGraph, run, SCALES } from './bench-graph';
import { rssMb, startChild, stopChild } from './bench-processes';

const log = (line: string) => console.log(line);

async function main(values: ExportBenchOptions): Promise<void> {
  const entities = SCALES[values.scale]!;
  const memory = benchMemory(entities);
  const { server, driver, cypher, connection } = await openBenchGraph({
    entities,
    home: path.join(projectPaths.root, '.bench', `neo4j-${values.scale}`),
    reload: values.reload,
    load: 'transactional',
    memory,
    boltPort: 17000 + Object.keys(SCALES).indexOf(values.scale),
    log,
  });
  try {
    const [size] = await run(driver, cypher, 'graph-size');
    const graph = { entities: Number(size!.get('entities')), relations: Number(size!.get('relations')) };
    const api = await startChild('serve-api.js', {
      BENCH_NEO4J_URI: connection.uri,
      BENCH_NEO4J_PASSWORD: connection.password,
    });
    try {
      const pid = api.child.pid!;
      const before = rssMb(pid);
      let highest = before;
      /** The API's memory every 30 s: [seconds, MB received, MB resident]. */
      const course: [number, number, number][] = [];
      const sampler = setInterval(() => (highest = Math.max(highest, rssMb(pid))), 100);
      const started = performance.now();
      let bytes = 0;
      let firstByteMs = 0;
      const progress = setInterval(() => {
        const seconds = Math.round((performance.now() - started) / 1000);
        const rss = rssMb(pid);
        course.push([seconds, Math.round(bytes / 1e6), rss]);
        log(
          `  ${seconds} s: ${(bytes / 1e6).toFixed(0)} MB received (${(bytes / 1e6 / seconds).toFixed(1)} MB/s), API ${rss} MB now, ${highest} MB at the highest`,
        );
      }, 30_000);
      let encoding = 'identity';
      try {
        // Compressed as a browser or `curl --compressed` asks for it, unless --identity.
        const response = await fetch(`${api.url}/export/graph.${values.format}`, {
          headers: { 'accept-encoding': values.identity ? 'identity' : 'gzip, deflate, br' },
        });
        encoding = response.headers.get('content-encoding') ?? 'identity';
        if (response.status !== 200)
          throw new Error(`the export answered ${response.status}: ${await response.text()}`);
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (bytes === 0) firstByteMs = performance.now() - started;
          bytes += value.byteLength;
        }
      } finally {
        clearInterval(sampler);
        clearInterval(progress);
      }
      const seconds = (performance.now() - started) / 1000;
      const result = {
        date: new Date().toISOString(),
        format: values.format,
        graph,
        bytes,
        encoding,
        seconds: Math.round(seconds * 10) / 10,
        firstByteMs: Math.round(firstByteMs),
        apiRssMb: { before, highest },
        apiRssCourse: course,
        neo4jMemory: memory,
        note: 'API RSS sampled every 100 ms from /proc (VmRSS) while the export streamed to a client reading as fast as it could; bytes are as received (compressed when encoding says so); apiRssCourse: [seconds, MB received, API MB] every 30 s',
      };
      log(
        `\nExport of ${graph.entities.toLocaleString('en')} entities and ${graph.relations.toLocaleString('en')} relations as ${values.format}:`,
      );
      log(
        `  ${(bytes / 1e6).toFixed(0)} MB (${encoding}) in ${result.seconds} s (first byte after ${result.firstByteMs} ms)`,
      );
      log(`  API resident memory: ${before} MB before, ${highest} MB at the highest`);
      log(`  Neo4j: heap ${memory.heap}, page cache ${memory.pageCache}`);
      mkdirSync(path.join(projectPaths.root, 'bench', 'results'), { recursive: true });
      writeFileSync(
        path.join(projectPaths.root, 'bench', 'results', `export-${values.scale}-${values.format}-${encoding}.json`),
        `${JSON.stringify(result, null, 2)}\n`,
      );
    } finally {
      await stopChild(api.child);
    }
  } finally {
    await driver.close();
    await server.stop();
  }
}

runBenchCommand(process.argv.slice(2), parseExportBenchOptions, EXPORT_BENCH_USAGE, main);
