/**
 * What an export is asked for, the same from the command line (`npm run export -- --format gexf
 * --types PERSON,TREATY --from 1850 --to 1860 --include-suggested`) and over HTTP
 * (`GET /export/graph.gexf?types=PERSON,TREATY&from=1850&to=1860&includeSuggested=true`): read
 * and checked here, so that both refuse the same input with the same words.
 */
import { ENTITY_TYPES, type EntityType } from '../domain/ontology';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'jsonld', 'ttl', 'csv.zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The media type each format is served as. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  'csv.zip': 'application/zip',
};

/** Which part of the graph an export writes. */
export interface ExportFilter {
  /** Entities of these types, and the relations between them; null for all. */
  entityTypes: EntityType[] | null;
  /** Relations dated within these years (undated ones left out when either is given); null for no bound. */
  from: number | null;
  to: number | null;
  /** Also relations suggested by ingested documents and not yet reviewed. */
  includeSuggested: boolean;
}

export interface ExportRequest extends ExportFilter {
  format: ExportFormat;
}

/** Bad input for an export, naming the parameter (HTTP 400, or the CLI's usage error). */
export class ExportInputError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
    this.name = 'ExportInputError';
  }
}

const YEAR = /^-?\d{1,4}$/;

function year(parameter: string, value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  if (!YEAR.test(value.trim())) throw new ExportInputError(parameter, `"${value}" is not a year (e.g. 1858)`);
  return Number(value.trim());
}

function flag(parameter: string, value: string | boolean | undefined): boolean {
  if (value === undefined || value === false || value === 'false') return false;
  if (value === true || value === '' || value === 'true') return true;
  throw new ExportInputError(parameter, `"${value}" is neither true nor false`);
}

/**
 * The request in its parameters: `format` one of EXPORT_FORMATS; `types` entity types, comma
 * separated; `from` and `to` years; `includeSuggested` true or false. Throws ExportInputError
 * naming the first parameter that is wrong.
 */
export function parseExportRequest(parameters: {
  format: string | undefined;
  types?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeSuggested?: string | boolean | undefined;
}): ExportRequest {
  const format = parameters.format;
  if (!format) throw new ExportInputError('format', `missing; one of ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ExportInputError('format', `unknown format "${format}"; one of ${EXPORT_FORMATS.join(', ')}`);
  }
  let entityTypes: EntityType[] | null = null;
  if (parameters.types !== undefined && parameters.types.trim() !== '') {
    const names = parameters.types.split(',').map((name) => name.trim().toUpperCase());
    const unknown = names.filter((name) => !(ENTITY_TYPES as readonly string[]).includes(name));
    if (unknown.length > 0) {
      throw new ExportInputError(
        'types',
        `unknown entity type ${unknown.map((name) => `"${name}"`).join(', ')}; known: ${ENTITY_TYPES.join(', ')}`,
      );
    }
    entityTypes = [...new Set(names)] as EntityType[];
  }
  const from = year('from', parameters.from);
  const to = year('to', parameters.to);
  if (from !== null && to !== null && from > to) {
    throw new ExportInputError('to', `${to} is before from (${from}): the range is the wrong way round`);
  }
  return {
    format: format as ExportFormat,
    entityTypes,
    from,
    to,
    includeSuggested: flag('includeSuggested', parameters.includeSuggested),
  };
}
