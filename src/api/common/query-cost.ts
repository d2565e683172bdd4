import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a query may cost, in values it may return: every object and scalar counts one, times the
 * most items each list can hold (its `first`, `last`, `limit` or number of `ids`, or, for lists the
 * data bound, their largest usual size). An upper bound, computed before anything is read.
 */

/** The most a query may cost; more is refused with QUERY_TOO_COSTLY before any work. */
export const MAX_QUERY_COST = 200_000;

/**
 * From this cost on a query is expensive: it waits for one of a few slots (per client and in all,
 * see admission-control.ts), so that many of them cannot starve cheap ones.
 */
export const EXPENSIVE_QUERY_COST = 5_000;

/**
 * From this cost on an expensive query runs alone (see admission-control.ts): the explorer's own
 * costly requests stay under it (the landing page's treaty story 46,451, a neighbourhood of 300
 * 14,148; tests/unit/query-cost.test.ts), the costliest allowed answers hold a megabyte.
 */
export const HEAVY_QUERY_COST = 50_000;

/**
 * The largest sizes of the lists the data bounds, not an argument: the curated data stays within
 * them (tests/unit/curated-data.test.ts checks it), and what ingests add has one of each.
 */
export const DATA_BOUNDS = { aliases: 16, labels: 12, evidenceSentences: 4, properties: 4 } as const;

type Args = Record<string, unknown>;
const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
/** A connection's page: `first` or `last`, else its default. */
const page = (fallback: number) => (args: Args) => number(args.first) ?? number(args.last) ?? fallback;

/** How many items each list field can hold, from its arguments (defaults as the resolvers have them). */
const LIST_SIZES: Readonly<Record<string, (args: Args) => number>> = {
  'Query.resolve': (args) => number(args.first) ?? 5,
  'Query.search': (args) => number(args.first) ?? 10,
  'Query.entities': page(20),
  'Query.suggestions': (args) => number(args.first) ?? 50,
  'Query.documents': (args) => number(args.first) ?? 50,
  'Query.nodes': (args) => (Array.isArray(args.ids) ? args.ids.length : 100),
  'Query.paths': (args) => number(args.first) ?? 5,
  // Up to `limit` relations and their ends.
  'Query.neighbourhood': (args) => (number(args.limit) ?? 200) + (Array.isArray(args.ids) ? args.ids.length : 0),
  'Query.timeline': page(50),
  'Entity.relations': page(20),
  'Entity.mentions': (args) => number(args.first) ?? 20,
  'Entity.aliases': () => DATA_BOUNDS.aliases,
  'Entity.labels': () => DATA_BOUNDS.labels,
  'Document.sentences': page(50),
  'Document.mentions': (args) => number(args.first) ?? 200,
  // A path has at most 6 hops: 7 entities, 6 relations.
  'Path.nodes': () => 7,
  'Path.relations': () => 6,
  // Bounded by the data: the sentences a relation cites, the values it carries.
  'Relation.evidence': () => DATA_BOUNDS.evidenceSentences,
  'Relation.properties': () => DATA_BOUNDS.properties,
  'GraphStats.entitiesByType': () => 8,
  'GraphStats.relationsByType': () => 36,
};

/**
 * Fields that cost more than a value: a citation is formatted by a CSL engine (about a millisecond
 * each), so a page of 100 relations with their citations is an expensive query.
 */
const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Relation.citation': 50,
  'Entity.citation': 50,
  // A citation per hop, at most 6.
  'Path.narrative': 300,
};

const listSizes: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const cost = FIELD_COSTS[`${type.name}.${field.name}`];
  if (cost !== undefined) return cost + childComplexity;
  const size = LIST_SIZES[`${type.name}.${field.name}`];
  return size === undefined ? undefined : 1 + size(args) * Math.max(1, childComplexity);
};

/** How many costs are kept per document (a document's operations with their variables). */
const COSTS_PER_DOCUMENT = 256;

/**
 * Costs weighed before, per document: Apollo hands the same parsed document for the same query
 * text, and weighing one walks it whole (a tenth of a search's CPU in the API, profiled). Keyed by
 * the operation and the variables as far as they can change a cost: numbers, booleans, nulls and
 * the lengths of lists, not the words of strings (LIST_SIZES reads `first`, `last`, `limit` and
 * how many `ids`), so a search typed letter by letter is weighed once.
 */
const weighed = new WeakMap<DocumentNode, Map<string, number>>();

function costKey(variables: Record<string, unknown>, operationName: string | undefined): string {
  return `${operationName ?? ''}\u0000${JSON.stringify(variables, (_name, value: unknown) => (typeof value === 'string' ? '' : value))}`;
}

/** The cost of one operation of a document with its variables (see MAX_QUERY_COST). */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  let costs = weighed.get(query);
  if (!costs) {
    costs = new Map<string, number>();
    weighed.set(query, costs);
  }
  const key = costKey(variables, operationName);
  const known = costs.get(key);
  if (known !== undefined) return known;
  // Variables that do not fit the operation throw here, and are not kept.
  const cost = getComplexity({
    schema,
    query,
    variables,
    ...(operationName !== undefined && { operationName }),
    estimators: [listSizes, simpleEstimator({ defaultComplexity: 1 })],
  });
  if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
  costs.set(key, cost);
  return cost;
}
