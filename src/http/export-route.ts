/**
 * `GET /export/graph.{gexf,graphml,jsonld,ttl,csv.zip}`: the graph, or the part the query
 * parameters choose (`types`, `from`, `to`, `includeSuggested`, as `npm run export` takes them),
 * streamed as it is read. Bad parameters get 400 naming the parameter; more exports at once than
 * the server allows get 429 with Retry-After. A failure after the first bytes ends the connection,
 * so that a client never takes a cut file for a whole one.
 */
import type express from 'express';
import { exportGraph } from '../export/export-graph';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, ExportInputError, parseExportRequest } from '../export/export-request';
import type { ExportRepository } from '../graph/export.repository';
import { publicBaseUrl } from './public-base-url';

export const EXPORT_PATH = /^\/export\/graph\.(.+)$/;
const PARAMETERS = ['types', 'from', 'to', 'includeSuggested'];

/** How many exports may run at once (each reads the whole graph from Neo4j). */
export const MAX_CONCURRENT_EXPORTS = 2;

/** A parameter's text: given twice (`types=A&types=B`) it is read as one list; in brackets, refused. */
function single(name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(',');
  throw new ExportInputError(name, 'give it as plain text, e.g. types=PERSON,TREATY');
}

export function exportRoute(
  repository: ExportRepository,
  logError: (error: unknown, requestId: string) => void,
  newRequestId: () => string,
): express.RequestHandler {
  let running = 0;
  return (req, res) => {
    const fail = (status: number, body: Record<string, unknown>) => {
      res.status(status).json(body);
    };
    const unknown = Object.keys(req.query).filter((name) => !PARAMETERS.includes(name));
    if (unknown.length > 0) {
      return fail(400, {
        error: `unknown parameter ${unknown.join(', ')}; an export takes ${PARAMETERS.join(', ')}`,
        parameter: unknown[0],
      });
    }
    let request;
    try {
      request = parseExportRequest({
        format: (req.params as Record<string, string>)[0],
        types: single('types', req.query.types),
        from: single('from', req.query.from),
        to: single('to', req.query.to),
        includeSuggested: single('includeSuggested', req.query.includeSuggested),
      });
    } catch (error) {
      if (!(error instanceof ExportInputError)) throw error;
      return fail(400, { error: error.message, parameter: error.parameter, formats: EXPORT_FORMATS });
    }
    if (running >= MAX_CONCURRENT_EXPORTS) {
      res.setHeader('retry-after', '10');
      return fail(429, { error: `${MAX_CONCURRENT_EXPORTS} exports are running; try again in a few seconds` });
    }
    running += 1;
    res.setHeader('content-type', EXPORT_MEDIA_TYPES[request.format]);
    res.setHeader('content-disposition', `attachment; filename="amur-graph.${request.format}"`);
    res.setHeader('cache-control', 'no-store');
    exportGraph(repository, request, res, { baseUrl: publicBaseUrl(req) })
      .then(
        () => res.end(),
        (error: unknown) => {
          const requestId = newRequestId();
          logError(error, requestId);
          if (!res.headersSent) fail(500, { error: 'the export failed', requestId });
          else res.destroy(error instanceof Error ? error : new Error(String(error)));
        },
      )
      .finally(() => {
        running -= 1;
      });
  };
}
