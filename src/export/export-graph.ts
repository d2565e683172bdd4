/**
 * Writes an export of the graph, in the format asked for, to a stream (an HTTP response, a file):
 * the writer reads a page of entities or relations, writes it, and waits for the stream before the
 * next, so the export's memory does not grow with the graph.
 */
import type { Writable } from 'node:stream';
import type { ExportRepository } from '../graph/export.repository';
import type { ExportFilter, ExportFormat } from './export-request';
import { Sink, type ExportSource } from './export-sink';
import { writeCsvZip } from './writers/csv-zip-writer';
import { writeGexf } from './writers/gexf-writer';
import { writeGraphml } from './writers/graphml-writer';
import { writeJsonLd } from './writers/jsonld-writer';
import { writeTurtle } from './writers/turtle-writer';

export interface ExportCounts {
  entities: number;
  relations: number;
}

/** Writes the export to `out` (which it does not end) and says how much it wrote. */
export async function exportGraph(
  repository: ExportRepository,
  request: ExportFilter & { format: ExportFormat },
  out: Writable,
  { baseUrl, now = new Date() }: { baseUrl: string; now?: Date },
): Promise<ExportCounts> {
  const counts: ExportCounts = { entities: 0, relations: 0 };
  const source: ExportSource = {
    generatedAt: now.toISOString(),
    baseUrl,
    async *entities() {
      for await (const entity of repository.entities(request)) {
        counts.entities += 1;
        yield entity;
      }
    },
    async *relations() {
      for await (const relation of repository.relations(request)) {
        counts.relations += 1;
        yield relation;
      }
    },
  };
  const sink = new Sink(out);
  switch (request.format) {
    case 'gexf':
      await writeGexf(source, sink);
      break;
    case 'graphml':
      await writeGraphml(source, sink);
      break;
    case 'jsonld':
      await writeJsonLd(source, sink);
      break;
    case 'ttl':
      await writeTurtle(source, sink);
      break;
    case 'csv.zip':
      await writeCsvZip(source, out);
      break;
  }
  await sink.flush();
  return counts;
}
