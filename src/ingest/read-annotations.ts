import Ajv, { type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { projectPaths } from '../project-paths';
import type { AnnotationProblem } from './annotation-problem';

export interface AnnotatedDate {
  iso: string;
  text?: string;
  /** julian or gregorian, where an outside source establishes which. */
  calendar?: string;
  /** That source. */
  calendarSource?: string;
}

export interface EntityAnnotation {
  id: string;
  type: string;
  name: string;
  germanName?: string;
  aliases: string[];
  description: string;
  /** Names in other languages and scripts, by BCP 47 tag. */
  labels?: Record<string, string>;
  start?: AnnotatedDate;
  end?: AnnotatedDate;
  /** Its Wikidata item. */
  wikidata?: string;
  /** Where a place is. */
  location?: { latitude: number; longitude: number; box?: number[]; uncertaintyKm?: number };
  /** A territory's bounds as the text gives them. */
  bounds?: string;
}

export interface RelationAnnotation {
  id?: string;
  type: string;
  source: string;
  target: string;
  date?: AnnotatedDate;
  start?: AnnotatedDate;
  end?: AnnotatedDate;
  properties?: Record<string, string>;
  evidence: string[];
  inferred?: boolean;
  reason?: string;
  /** Whose statement it is, when not a fact the text states. */
  assertion?: AssertionAnnotation;
}

/** A claim, plan or belief: whose, and what the text says of it (lower-case kinds and verdicts). */
export interface AssertionAnnotation {
  kind: string;
  claimedBy?: string;
  verdict?: string;
  /** Quotes of the text that confirm, dispute or refute it. */
  verdictEvidence?: string[];
}

export interface Annotations {
  entitiesFile: string;
  relationsFile: string;
  entities: EntityAnnotation[];
  relations: RelationAnnotation[];
}

export const ANNOTATION_FILES = {
  entities: { data: 'entities.yaml', schema: 'entities.schema.json', key: 'entities' },
  relations: { data: 'relations.yaml', schema: 'relations.schema.json', key: 'relations' },
} as const;

/** "relation #3 (SIGNED putyatin -> treaty-of-tianjin)", "entity putyatin": how problems name entries. */
export function describeEntry(kind: 'entities' | 'relations', index: number, item: unknown): string {
  const record = (item ?? {}) as Record<string, unknown>;
  if (kind === 'entities') return typeof record.id === 'string' ? `entity ${record.id}` : `entity #${index + 1}`;
  const summary = [record.type, record.source, '->', record.target].filter((part) => typeof part === 'string');
  return `relation #${index + 1}${summary.length === 4 ? ` (${summary.join(' ')})` : ''}`;
}

function schemaProblem(
  kind: 'entities' | 'relations',
  file: string,
  items: unknown[],
  error: ErrorObject,
): AnnotationProblem {
  const [, , index, ...rest] = error.instancePath.split('/');
  const position = Number(index);
  const entry = Number.isInteger(position) ? describeEntry(kind, position, items[position]) : '(file)';
  const field = rest.length > 0 ? `${rest.join('.')} ` : '';
  const detail =
    error.keyword === 'additionalProperties'
      ? `unknown field "${String((error.params as { additionalProperty: string }).additionalProperty)}"`
      : error.keyword === 'propertyNames'
        ? `property name "${String((error.params as { propertyName: string }).propertyName)}" is not a word: ` +
          'a comma inside { } splits a value in two, so quote values that have commas'
        : error.keyword === 'not'
          ? 'has both "date" and "start": use date for a point, start and end for a range'
          : error.keyword === 'if'
            ? ''
            : `${field}${error.message ?? 'is invalid'}`;
  return { file, entry, reason: detail };
}

/** Reads one YAML file and checks it against its JSON Schema. */
function readFile(
  dir: string,
  kind: 'entities' | 'relations',
  problems: AnnotationProblem[],
): { file: string; items: unknown[] } {
  const spec = ANNOTATION_FILES[kind];
  const absolute = path.join(dir, spec.data);
  const file = path.relative(projectPaths.root, absolute);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    problems.push({ file, entry: '(file)', reason: `cannot read it: ${(error as Error).message}` });
    return { file, items: [] };
  }
  const document = parseDocument(text, { prettyErrors: true });
  const [syntaxError] = document.errors;
  if (syntaxError) {
    // Only the first: the ones after it are mostly its echoes.
    const line = syntaxError.linePos?.[0];
    const message = syntaxError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? syntaxError.code;
    problems.push({ file, entry: line ? `line ${line.line}` : '(file)', reason: `not valid YAML: ${message}` });
    return { file, items: [] };
  }
  const content = document.toJS() as unknown;
  const schema = JSON.parse(readFileSync(path.join(dir, spec.schema), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const items = (content as Record<string, unknown> | null)?.[spec.key];
  const list = Array.isArray(items) ? (items as unknown[]) : [];
  if (!validate(content)) {
    const errors = validate.errors ?? [];
    // A bad property name is also reported as a failed "pattern" and, having no value, as a wrong
    // type; the propertyNames line says it best, so the echoes are dropped.
    const badNames = new Set(
      errors
        .filter((error) => error.keyword === 'propertyNames')
        .map((error) => `${error.instancePath}/${(error.params as { propertyName: string }).propertyName}`),
    );
    for (const error of errors) {
      if (error.keyword === 'pattern' && error.propertyName !== undefined) continue;
      if (badNames.has(error.instancePath)) continue;
      const problem = schemaProblem(kind, file, list, error);
      if (problem.reason !== '') problems.push(problem);
    }
  }
  return { file, items: list };
}

/**
 * Reads data/annotations/{entities,relations}.yaml. Structural problems (YAML syntax, schema)
 * are collected into `problems`; the caller decides what to do with partially valid content.
 */
export function readAnnotations(dir = projectPaths.annotations): {
  annotations: Annotations;
  problems: AnnotationProblem[];
} {
  const problems: AnnotationProblem[] = [];
  const entities = readFile(dir, 'entities', problems);
  const relations = readFile(dir, 'relations', problems);
  return {
    annotations: {
      entitiesFile: entities.file,
      relationsFile: relations.file,
      entities: entities.items as EntityAnnotation[],
      relations: relations.items as RelationAnnotation[],
    },
    problems,
  };
}
