import path from 'node:path';
import type { Writable } from 'node:stream';
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { writeAtomically } from '../export/atomic-file';
import { exportGraph } from '../export/export-graph';
import { EXPORT_FORMATS, ExportInputError, parseExportRequest } from '../export/export-request';
import { command, UsageError } from './command';

/** Progress and the report go to stderr: stdout may be the export itself. */
const log = (line: string) => console.error(line);

/**
 * `npm run export -- --format gexf|graphml|jsonld|ttl|csv.zip [--types PERSON,TREATY] [--from 1850
 * --to 1860] [--include-suggested] [--out FILE] [--base URL]`: the graph, or part of it, in a
 * format for Gephi, Palladio or linked data. With --out the file appears only when the export is
 * whole (it is written beside it first); without, the export goes to stdout.
 */
export const exportCommand = command({
  summary: 'export the graph for Gephi, Palladio or linked data (GEXF, GraphML, JSON-LD, Turtle, CSV)',
  usage: `--format ${EXPORT_FORMATS.join('|')} [--types PERSON,TREATY] [--from YEAR] [--to YEAR] [--include-suggested] [--out FILE] [--base URL]`,
  options: {
    format: { type: 'string' },
    types: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'include-suggested': { type: 'boolean' },
    out: { type: 'string' },
    base: { type: 'string' },
  },
  positionals: false,
  async run({ values }) {
    let request;
    try {
      request = parseExportRequest({
        format: values.format,
        types: values.types,
        from: values.from,
        to: values.to,
        includeSuggested: values['include-suggested'] ?? false,
      });
    } catch (error) {
      if (error instanceof ExportInputError) {
        const option = error.parameter === 'includeSuggested' ? 'include-suggested' : error.parameter;
        throw new UsageError(`--${option}: ${error.message.slice(error.parameter.length + 2)}`);
      }
      throw error;
    }
    const baseUrl = values.base ?? 'http://127.0.0.1:4000/';
    if (!/^https?:\/\/[^/]+\/$/.test(baseUrl)) {
      throw new UsageError(`--base: "${baseUrl}" is not the explorer's address, e.g. http://127.0.0.1:4000/`);
    }
    const started = Date.now();
    const service = await bootstrap(loadConfig(), { log });
    try {
      const target = values.out ? path.resolve(values.out) : null;
      log(`Exporting ${request.format}${target ? ` to ${target}` : ''}…`);
      const write = (out: Writable) => exportGraph(service.repositories.export, request, out, { baseUrl });
      const counts = target ? await writeAtomically(target, write) : await write(process.stdout);
      log(
        `Wrote ${counts.entities} entities and ${counts.relations} relations in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
      return 0;
    } finally {
      await service.close();
    }
  },
});
