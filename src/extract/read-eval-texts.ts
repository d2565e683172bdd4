/**
 * The held-out texts of data/eval/: texts written to score the extraction pipeline on what it was
 * not made from, each with gold annotations written from the text (see data/eval/README.md). A
 * problem in a file is reported with the file, the entry and the reason; a text with problems is
 * not scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseIsoDate } from '../domain/historical-date';
import { allowsRelation, isEntityType, isRelationType, type EntityType } from '../domain/ontology';
import { AnnotationError, type AnnotationProblem } from '../ingest/annotation-problem';
import { isLanguage, type Language } from '../nlp/words';
import { projectPaths } from '../project-paths';

export interface GoldEntity {
  name: string;
  type: EntityType;
  /** Other ways the text writes it ("Tolbusin" for "Alexei Tolbusin"). */
  forms: string[];
}

export interface GoldRelation {
  type: string;
  /** A known entity's id, or the name of one of the text's new entities. */
  source: string;
  target: string;
  date: string | null;
}

export interface EvalText {
  file: string;
  id: string;
  title: string;
  language: Language;
  text: string;
  /** Kept blind: scored, never used to change a rule (the others guided the rule changes). */
  blind: boolean;
  /** Every whole-word occurrence of each string names the entity with this id. */
  mentions: Map<string, string>;
  newEntities: GoldEntity[];
  relations: GoldRelation[];
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function readOne(
  file: string,
  knownTypes: ReadonlyMap<string, EntityType>,
  problems: AnnotationProblem[],
): EvalText | null {
  const relative = path.relative(projectPaths.root, file);
  const before = problems.length;
  const problem = (entry: string, reason: string): void => void problems.push({ file: relative, entry, reason });
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problem('the file', `is not YAML: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  if (!isRecord(raw)) {
    problem('the file', 'must be a mapping with id, title, language, text, mentions, newEntities and relations');
    return null;
  }
  for (const key of ['id', 'title', 'text'] as const)
    if (!isString(raw[key])) problem(key, 'must be a non-empty string');
  const language = String(raw.language);
  if (!isLanguage(language)) problem('language', `"${language}" is not one the pipeline reads (de, en)`);

  const mentions = new Map<string, string>();
  if (!isRecord(raw.mentions)) problem('mentions', 'must map strings of the text to known entity ids');
  else {
    for (const [text, id] of Object.entries(raw.mentions)) {
      if (typeof id !== 'string' || !knownTypes.has(id))
        problem(`mention "${text}"`, `"${String(id)}" is no known entity id`);
      else if (typeof raw.text === 'string' && !raw.text.includes(text))
        problem(`mention "${text}"`, 'does not stand in the text');
      else mentions.set(text, id);
    }
  }

  const newEntities: GoldEntity[] = [];
  const newTypes = new Map<string, EntityType>();
  if (!Array.isArray(raw.newEntities)) problem('newEntities', 'must be a list');
  else {
    raw.newEntities.forEach((item: unknown, index) => {
      const entry = `new entity #${index + 1}`;
      if (!isRecord(item) || !isString(item.name)) return problem(entry, 'needs a name');
      const type = String(item.type);
      if (!isEntityType(type)) return problem(`${entry} (${item.name})`, `"${type}" is no entity type`);
      const forms = Array.isArray(item.forms) ? item.forms.filter(isString) : [];
      // The forms as written; the name may be their nominative ("Asiatisches Departement").
      for (const name of forms.length > 0 ? forms : [item.name]) {
        if (typeof raw.text === 'string' && !raw.text.includes(name)) {
          problem(`${entry} (${item.name})`, `"${name}" does not stand in the text`);
        }
      }
      newEntities.push({ name: item.name, type, forms });
      newTypes.set(item.name, type);
    });
  }

  const relations: GoldRelation[] = [];
  if (!Array.isArray(raw.relations)) problem('relations', 'must be a list');
  else {
    raw.relations.forEach((item: unknown, index) => {
      if (!isRecord(item)) return problem(`relation #${index + 1}`, 'must be a mapping with type, source and target');
      const entry = `relation #${index + 1} (${String(item.type)} ${String(item.source)} -> ${String(item.target)})`;
      const type = String(item.type);
      const typeOf = (end: unknown): EntityType | undefined =>
        typeof end === 'string' ? (knownTypes.get(end) ?? newTypes.get(end)) : undefined;
      const source = typeOf(item.source);
      const target = typeOf(item.target);
      if (!isRelationType(type)) return problem(entry, `"${type}" is no relation type`);
      if (!source)
        return problem(entry, `"${String(item.source)}" is neither a known entity id nor a new entity of the text`);
      if (!target)
        return problem(entry, `"${String(item.target)}" is neither a known entity id nor a new entity of the text`);
      if (!allowsRelation(type, source, target))
        return problem(entry, `the ontology allows no ${type} from ${source} to ${target}`);
      let date: string | null = null;
      if (item.date !== undefined) {
        // A date in quotes: YAML reads 1858 unquoted as a number.
        if (typeof item.date !== 'string') return problem(entry, `date must be a string in quotes, such as '1858-05'`);
        const parsed = parseIsoDate(item.date);
        if ('error' in parsed) return problem(entry, parsed.error);
        date = item.date;
      }
      relations.push({ type, source: String(item.source), target: String(item.target), date });
    });
  }
  if (problems.length > before) return null;
  return {
    file: relative,
    id: String(raw.id),
    title: String(raw.title),
    language: language as Language,
    text: String(raw.text),
    blind: raw.blind === true,
    mentions,
    newEntities,
    relations,
  };
}

/** Every held-out text, in file-name order; throws AnnotationError naming every problem. */
export function readEvalTexts(
  knownTypes: ReadonlyMap<string, EntityType>,
  folder: string = projectPaths.evalTexts,
): EvalText[] {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(folder, name));
  const problems: AnnotationProblem[] = [];
  const texts = files.map((file) => readOne(file, knownTypes, problems));
  if (problems.length > 0) throw new AnnotationError(problems);
  return texts.filter((text): text is EvalText => text !== null);
}
