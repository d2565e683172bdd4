import { ASSERTION_KINDS, VERDICTS, type AssertionKind, type Verdict } from '../domain/assertion';
import { CALENDARS, type Calendar } from '../domain/calendars';
import { canonicalLanguageTag } from '../domain/label';
import { isWikidataId, locationProblem, type Location } from '../domain/location';
import { entityLabels } from '../nlp/entity-labels';
import { parseIsoDate, type HistoricalDate } from '../domain/historical-date';
import {
  allowsRelation,
  ENTITY_TYPE_INFO,
  ENTITY_VALUE_TYPES,
  isEntityType,
  isRelationType,
  isRelationValueKey,
  RELATION_VALUE_KEYS,
  type EntityType,
} from '../domain/ontology';
import { findQuote } from '../nlp/find-quote';
import type { AnnotationProblem } from './annotation-problem';
import type { CuratedAssertion, CuratedDocument, CuratedEntity, CuratedRelation, EvidenceSpan } from './curated-graph';
import { describeEntry, type AnnotatedDate, type Annotations, type AssertionAnnotation } from './read-annotations';

/** Properties a relation type needs. */
const REQUIRED_PROPERTIES: Partial<Record<string, readonly string[]>> = {
  CEDED: ['treaty', 'recipient'],
  TRANSFERRED: ['recipient'],
};

export interface ValidatedAnnotations {
  entities: CuratedEntity[];
  relations: CuratedRelation[];
  problems: AnnotationProblem[];
}

function toDate(
  date: AnnotatedDate | undefined,
  report: (reason: string) => void,
  field: string,
): HistoricalDate | null {
  if (!date) return null;
  const parsed = parseIsoDate(date.iso);
  if ('error' in parsed) {
    report(`malformed date in ${field}: ${parsed.error}`);
    return null;
  }
  let calendar: Calendar | undefined;
  if (date.calendar !== undefined) {
    calendar = date.calendar.toUpperCase() as Calendar;
    if (!(CALENDARS as readonly string[]).includes(calendar)) {
      report(`unknown calendar "${date.calendar}" in ${field} (julian or gregorian)`);
      return null;
    }
    if (!date.calendarSource) report(`${field}: a calendar needs its calendarSource (where it is known from)`);
  } else if (date.calendarSource !== undefined) report(`${field}: calendarSource without a calendar`);
  return {
    iso: date.iso,
    precision: parsed.precision,
    ...(date.text !== undefined && { text: date.text }),
    ...(calendar && { calendar }),
    ...(date.calendarSource !== undefined && { calendarSource: date.calendarSource }),
  };
}

/** Who can claim, plan or believe something. */
const HOLDER_TYPES: readonly EntityType[] = ['PERSON', 'STATE', 'ORGANIZATION'];

/**
 * A relation's assertion, checked: a kind the model knows; who claimed or believed it (a known
 * person, state or body; for a plan, optional); a verdict; and the quotes behind any verdict but
 * UNVERIFIED. Null for a fact (given or left out); undefined when something is wrong (reported).
 */
function toAssertion(
  raw: AssertionAnnotation | undefined,
  byId: ReadonlyMap<string, CuratedEntity>,
  documents: readonly CuratedDocument[],
  report: (reason: string) => void,
): CuratedAssertion | null | undefined {
  if (raw === undefined) return null;
  const kind = raw.kind.toUpperCase() as AssertionKind;
  if (!(ASSERTION_KINDS as readonly string[]).includes(kind)) {
    report(`unknown assertion kind "${raw.kind}" (fact, claim, plan or belief)`);
    return undefined;
  }
  if (kind === 'FACT') {
    if (raw.claimedBy !== undefined || raw.verdict !== undefined || raw.verdictEvidence !== undefined) {
      report('a fact has no claimedBy, verdict or verdictEvidence: it is the text’s own statement');
      return undefined;
    }
    return null;
  }
  let problemCount = 0;
  const note = (reason: string) => {
    problemCount += 1;
    report(reason);
  };
  if (raw.claimedBy === undefined) {
    if (kind !== 'PLAN') note(`a ${kind.toLowerCase()} needs claimedBy: who made it`);
  } else {
    const holder = byId.get(raw.claimedBy);
    if (!holder) note(`unknown entity id "${raw.claimedBy}" in assertion.claimedBy`);
    else if (!HOLDER_TYPES.includes(holder.type)) {
      note(`assertion.claimedBy must name a ${HOLDER_TYPES.join(', ')}, but ${raw.claimedBy} is a ${holder.type}`);
    }
  }
  const verdict = raw.verdict?.toUpperCase() as Verdict | undefined;
  if (verdict === undefined)
    note(`a ${kind.toLowerCase()} needs a verdict (confirmed, disputed, refuted or unverified)`);
  else if (!(VERDICTS as readonly string[]).includes(verdict)) {
    note(`unknown verdict "${raw.verdict}" (confirmed, disputed, refuted or unverified)`);
  } else if (verdict !== 'UNVERIFIED' && raw.verdictEvidence === undefined) {
    note(`the verdict ${raw.verdict} needs verdictEvidence: the words of the text that say so`);
  }
  const verdictEvidence: EvidenceSpan[] = [];
  for (const quote of raw.verdictEvidence ?? []) {
    const located = locateQuote(documents, quote);
    if (typeof located === 'string') note(`verdictEvidence: ${located}`);
    else verdictEvidence.push(located);
  }
  if (problemCount > 0 || verdict === undefined) return undefined;
  return { kind, claimedBy: raw.claimedBy ?? null, verdict, verdictEvidence };
}

/** Where a quote stands: found exactly once across the documents, or a reason why not. */
export function locateQuote(documents: readonly CuratedDocument[], quote: string): EvidenceSpan | string {
  const hits = documents.flatMap((document) => findQuote(document.text, quote).map((start) => ({ document, start })));
  if (hits.length === 0) return `quote not found in the text: "${quote}"`;
  if (hits.length > 1) return `quote is ambiguous, found ${hits.length} times: "${quote}" (quote more words)`;
  const [{ document, start }] = hits as [(typeof hits)[number]];
  const end = start + quote.length;
  const sentenceIndexes = document.sentences
    .filter((sentence) => sentence.start < end && sentence.end > start)
    .map((sentence) => sentence.index);
  return { quote, documentId: document.id, start, end, sentenceIndexes };
}

/**
 * Checks the annotations against the ontology and the text, and resolves them: unknown entity ids,
 * relation types not allowed between the two entities' types, quotes not found or ambiguous,
 * duplicate ids and aliases, malformed dates. Every problem is collected, none stops the others.
 */
export function validateAnnotations(
  annotations: Annotations,
  documents: readonly CuratedDocument[],
): ValidatedAnnotations {
  const problems: AnnotationProblem[] = [];
  const entities: CuratedEntity[] = [];
  const byId = new Map<string, CuratedEntity>();
  const aliasOwner = new Map<string, string>();

  annotations.entities.forEach((raw, index) => {
    const entry = describeEntry('entities', index, raw);
    const report = (reason: string) => problems.push({ file: annotations.entitiesFile, entry, reason });
    if (byId.has(raw.id)) report(`duplicate id "${raw.id}"`);
    if (!isEntityType(raw.type)) {
      report(`unknown type "${raw.type}" (one of ${Object.keys(ENTITY_TYPE_INFO).join(', ')})`);
      return;
    }
    const names = [...new Set([raw.name, ...(raw.germanName ? [raw.germanName] : []), ...raw.aliases])];
    for (const name of names) {
      const owner = aliasOwner.get(name);
      if (owner !== undefined && owner !== raw.id) report(`name "${name}" is also a name of ${owner}`);
      else aliasOwner.set(name, raw.id);
    }
    const given: Record<string, string> = {};
    for (const [tag, text] of Object.entries(raw.labels ?? {})) {
      const language = canonicalLanguageTag(tag);
      if (language === null) report(`label "${tag}" is not a BCP 47 language tag (such as ru, zh-Hans)`);
      else if (language === 'en' || language === 'de') {
        report(`label "${tag}": the ${language === 'en' ? 'English name is `name`' : 'German name is `germanName`'}`);
      } else if (Object.hasOwn(given, language)) report(`label "${tag}" is given twice`);
      else given[language] = text;
    }
    if (raw.wikidata !== undefined && !isWikidataId(raw.wikidata)) {
      report(`wikidata "${raw.wikidata}" is not a Wikidata item id (Q and a number, such as Q8733)`);
    }
    let location: Location | null = null;
    if (raw.location !== undefined) {
      location = {
        latitude: raw.location.latitude,
        longitude: raw.location.longitude,
        box: (raw.location.box as Location['box'] | undefined) ?? null,
        uncertaintyKm: raw.location.uncertaintyKm ?? null,
      };
      const problem = locationProblem(location);
      if (problem !== null) report(`location: ${problem}`);
      if (raw.type !== 'PLACE') report(`location is for places, and ${raw.id} is a ${raw.type}`);
    }
    if (raw.bounds !== undefined && raw.type !== 'PLACE')
      report(`bounds are for places, and ${raw.id} is a ${raw.type}`);
    const entity: CuratedEntity = {
      id: raw.id,
      type: raw.type,
      name: raw.name,
      germanName: raw.germanName ?? null,
      aliases: [...new Set(raw.aliases)],
      description: raw.description,
      labels: entityLabels(raw.name, raw.germanName ?? null, given),
      start: toDate(raw.start, report, 'start'),
      end: toDate(raw.end, report, 'end'),
      wikidata: raw.wikidata ?? null,
      location,
      bounds: raw.bounds ?? null,
    };
    if (!byId.has(raw.id)) {
      byId.set(raw.id, entity);
      entities.push(entity);
    }
  });

  const relations: CuratedRelation[] = [];
  const relationIds = new Set<string>();
  annotations.relations.forEach((raw, index) => {
    const entry = describeEntry('relations', index, raw);
    const report = (reason: string) => problems.push({ file: annotations.relationsFile, entry, reason });
    const before = problems.length;

    const source = byId.get(raw.source);
    const target = byId.get(raw.target);
    if (!source) report(`unknown entity id "${raw.source}" as source`);
    if (!target) report(`unknown entity id "${raw.target}" as target`);
    if (!isRelationType(raw.type)) report(`unknown relation type "${raw.type}"`);
    else if (source && target && !allowsRelation(raw.type, source.type, target.type)) {
      report(`${raw.type} is not allowed from ${source.type} (${source.id}) to ${target.type} (${target.id})`);
    }

    const properties = raw.properties ?? {};
    for (const required of (isRelationType(raw.type) && REQUIRED_PROPERTIES[raw.type]) || []) {
      if (properties[required] === undefined) report(`${raw.type} needs the property "${required}"`);
    }
    for (const [key, value] of Object.entries(properties)) {
      if (!isRelationValueKey(key)) {
        report(`unknown property "${key}": a relation may carry ${Object.keys(RELATION_VALUE_KEYS).join(', ')}`);
        continue;
      }
      const types = ENTITY_VALUE_TYPES[key];
      if (!types) continue;
      const referenced = byId.get(value);
      if (!referenced) report(`unknown entity id "${value}" in property ${key}`);
      else if (!types.includes(referenced.type)) {
        report(`property ${key} must name a ${types.join(' or ')}, but ${value} is a ${referenced.type}`);
      }
    }
    if (raw.inferred === true && !raw.reason) report('inferred relations need a reason');

    const point = toDate(raw.date, report, 'date');
    const start = point ?? toDate(raw.start, report, 'start');
    const end = toDate(raw.end, report, 'end');

    const evidence: EvidenceSpan[] = [];
    for (const quote of raw.evidence) {
      const located = locateQuote(documents, quote);
      if (typeof located === 'string') report(located);
      else evidence.push(located);
    }

    const assertion = toAssertion(raw.assertion, byId, documents, report);

    const natural = `${raw.source}--${raw.type}--${raw.target}`;
    const id = raw.id ?? natural;
    // node(id) finds a relation from its source, the first part of its id.
    if (raw.id !== undefined && !raw.id.startsWith(`${natural}--`)) {
      report(`relation id "${raw.id}" must start with "${natural}--" (source--TYPE--target--name)`);
    }
    if (relationIds.has(id)) {
      report(`duplicate relation id "${id}": give one of the two an explicit id`);
    }
    relationIds.add(id);
    if (problems.length > before || !isRelationType(raw.type) || assertion === undefined) return;
    relations.push({
      id,
      type: raw.type,
      source: raw.source,
      target: raw.target,
      start,
      end,
      inferred: raw.inferred === true,
      reason: raw.reason ?? null,
      properties,
      evidence,
      assertion,
    });
  });

  return { entities, relations, problems };
}
