import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { FULL_PROJECTION, type Projection } from '../../graph/model';

/**
 * Entity fields a brief entity serves (graph-records.ts: BRIEF_ENTITY_COLUMNS), and the field
 * resolvers that need only its id. Any other field, including one added later, asks for details.
 */
const BRIEF_ENTITY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'type',
  'name',
  'germanName',
  'relations',
  'mentions',
]);

/** Relation fields served without the relation's columns and own values. */
const BRIEF_RELATION_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'type',
  'source',
  'target',
  'evidence',
  'suggested',
]);

/** Evidence fields served from the sentences alone: a quote needs its relation's quote columns. */
const BRIEF_EVIDENCE_FIELDS: ReadonlySet<string> = new Set(['__typename', 'documentId', 'sentenceIndex', 'sentence']);

/** The names of the fields asked of each type anywhere below `tree`. */
function fieldsByType(tree: ResolveTree, into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName)) {
    const names = into.get(typeName) ?? new Set<string>();
    into.set(typeName, names);
    for (const field of Object.values(fields)) {
      names.add(field.name);
      fieldsByType(field, into);
    }
  }
  return into;
}

function within(asked: Set<string> | undefined, brief: ReadonlySet<string>): boolean {
  return [...(asked ?? [])].every((name) => brief.has(name));
}

/**
 * What a field's selection reads of the entities and relations below it, over every fragment and
 * alias and at any depth (so it errs towards more): a statement then projects only that.
 */
export function projectionOfTree(tree: ResolveTree): Projection {
  const asked = fieldsByType(tree);
  // A timeline entry's date is its entity's or relation's start (or end), among their details;
  // the ends of its relation need no more than the selection asks of them.
  const entryDates = asked.get('TimelineEntry')?.has('date') ?? false;
  return {
    entityDetails: !within(asked.get('Entity'), BRIEF_ENTITY_FIELDS),
    relationDetails:
      entryDates ||
      !within(asked.get('Relation'), BRIEF_RELATION_FIELDS) ||
      !within(asked.get('Evidence'), BRIEF_EVIDENCE_FIELDS) ||
      (asked.get('Path')?.has('narrative') ?? false),
    relationValues: asked.get('Relation')?.has('properties') ?? false,
    // A citation quotes the relation's first sentence of evidence.
    evidence:
      (asked.get('Relation')?.has('evidence') ?? false) ||
      (asked.get('Relation')?.has('citation') ?? false) ||
      (asked.get('Path')?.has('narrative') ?? false) ||
      (asked.get('Assertion')?.has('verdictEvidence') ?? false),
    entryDates,
    // The list's own totalCount: a list below it (an entity's relations) has its own projection.
    totals: Object.values(tree.fieldsByTypeName).some((fields) =>
      Object.values(fields).some((field) => field.name === 'totalCount'),
    ),
  };
}

/**
 * The projection of the field being resolved, worked out once per request for a field resolved
 * for many parents (graphql-js hands every parent the same field nodes and variable values).
 */
const known = new WeakMap<object, { variables: object; projection: Projection }>();

export function projectionOf(info: GraphQLResolveInfo): Projection {
  const cached = known.get(info.fieldNodes);
  if (cached?.variables === info.variableValues) return cached.projection;
  const tree = parseResolveInfo(info) as ResolveTree | null;
  // Without a tree (never for an object field) nothing is known: everything.
  const projection = tree ? projectionOfTree(tree) : FULL_PROJECTION;
  known.set(info.fieldNodes, { variables: info.variableValues, projection });
  return projection;
}
