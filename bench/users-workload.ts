/**
 * What users send: the explorer's own operations (schema/operations/, as src/generated prints them
 * and web/src sends them) with the variables the explorer uses: a name typed letter by letter
 * (Resolve and Search for each prefix of three letters or more), an entity's details with 100
 * relations, its neighbourhood at depth 1 limited to 300, five paths of up to 6 hops, timeline
 * pages of 100 over the years the dates cluster in, and the stories of the landing page. Entities
 * are drawn by degree (an entity in twice as many relations is asked about twice as often), as
 * users reach them through relations; the hubs (the most connected entities) are a row of their own.
 *
 * Where @neo4j/graphql can do the same work with the same statement shape (cypher/bench/), the
 * operation says how to ask it, and a key of each answer that must be equal on both sides.
 */
import { print } from 'graphql';
import { ASSERTION_KINDS, DEFAULT_SCOPE } from '../src/domain/assertion';
import { firstPage } from '../src/graph/keyset-page';
import { timelineParameters, type LongestSpans } from '../src/graph/timeline.repository';
import {
  EntityDetailsDocument,
  NeighbourhoodDocument,
  NevelskoyToAigunDocument,
  OpposedAmurExpeditionsDocument,
  PathsDocument,
  QingCededDocument,
  ResolveDocument,
  SearchDocument,
  TimelineItemsDocument,
  TreatySignatoriesDocument,
} from '../src/generated/graphql';
import type { Random } from './synthetic-graph';

/** What the workload draws from: entities by degree, names, the hubs, and dates as they cluster. */
export interface WorkloadPools {
  /** Entity ids, each as often as it is an end of a relation (a sample). */
  byDegree: string[];
  /** The most connected entities. */
  hubs: string[];
  nameOf: (id: string) => string;
  /** Years of relation dates, each as often as it occurs. */
  years: number[];
  /** The longest period of each span scale, as our API reads them: @neo4j/graphql's timeline seeks as far. */
  longestSpans: LongestSpans;
}

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  /** Share of the open-loop mix, in per cent. */
  weight: number;
  request(random: Random, pools: WorkloadPools, start?: string): Request;
  /** What of our answer must equal @neo4j/graphql's key (absent where no comparable form exists). */
  ourKey?: (data: Record<string, unknown>) => string | null;
  neo4jGraphql?: {
    request(ours: Request, pools: WorkloadPools): Request;
    key(data: Record<string, unknown>): string;
    /**
     * Our API asked for the fields @neo4j/graphql's answer holds (ends by id, name and type,
     * evidence as sentences), not the explorer's fragments: the comparison with @neo4j/graphql is
     * made on it, the same work on both sides. `ourKey` of its answer must equal the explorer's.
     */
    sameSelection(ours: Request): Request;
  };
  /** Whether the hubs row applies: the operation starts at one entity. */
  startsAtEntity: boolean;
}

const ALL_KINDS = [...ASSERTION_KINDS];
const REF = 'id name type';
const RELATION = `id type source { ${REF} } target { ${REF} } evidence`;
/** A relation with the fields of @neo4j/graphql's RelationView, in our schema. */
const SAME_RELATION = `id type source { ${REF} } target { ${REF} } evidence { sentence }`;
const ids = (items: { id: string }[]) =>
  items
    .map((item) => item.id)
    .sort()
    .join(',');

/** A prefix of the name, as typed so far: three letters or more. */
function typed(random: Random, name: string): string {
  const length = Math.min(name.length, 3 + random.int(Math.max(1, name.length - 2)));
  return name.slice(0, length);
}

const decadeOf = (random: Random, pools: WorkloadPools) => {
  const year = random.pick(pools.years);
  return { from: String(year - (year % 10)), to: String(year - (year % 10) + 9) };
};

/** What the explorer's search box sends as a name is typed: a prefix, 8 answers. */
function typedSearch(name: string, query: string, variable: 'name' | 'text'): Operation {
  return {
    name,
    weight: 22,
    startsAtEntity: false,
    request: (random, pools, start) => ({
      query,
      variables: { [variable]: typed(random, pools.nameOf(start ?? random.pick(pools.byDegree))), first: 8 },
    }),
  };
}

/** The stories of the explorer's landing page (web/src/stories.ts), as it asks for them. */
export const LANDING_STORIES: readonly Request[] = [
  { query: print(TreatySignatoriesDocument), variables: {} },
  { query: print(OpposedAmurExpeditionsDocument), variables: {} },
  { query: print(NevelskoyToAigunDocument), variables: { maxHops: 4, first: 5 } },
  { query: print(QingCededDocument), variables: {} },
];

export const USERS_OPERATIONS: Operation[] = [
  typedSearch('search as typed (resolve)', print(ResolveDocument), 'name'),
  typedSearch('search as typed (full text)', print(SearchDocument), 'text'),
  {
    name: 'entity details (100 relations)',
    weight: 15,
    startsAtEntity: true,
    request: (random, pools, start) => ({
      query: print(EntityDetailsDocument),
      variables: { id: start ?? random.pick(pools.byDegree), first: 100, assertions: ALL_KINDS },
    }),
  },
  {
    name: 'neighbourhood (depth 1, at most 300)',
    weight: 15,
    startsAtEntity: true,
    request: (random, pools, start) => ({
      query: print(NeighbourhoodDocument),
      variables: { ids: [start ?? random.pick(pools.byDegree)], depth: 1, limit: 300, assertions: ALL_KINDS },
    }),
    ourKey: (data) => {
      const { neighbourhood } = data as { neighbourhood: { truncated: boolean; relations: { id: string }[] } };
      // Cut at the limit, the two may keep different relations: then the count must agree.
      return neighbourhood.truncated ? `${neighbourhood.relations.length} of more` : ids(neighbourhood.relations);
    },
    neo4jGraphql: {
      request: (ours) => ({
        query: `query($id: ID!, $limit: Int!) { neighbourhood(id: $id, limit: $limit) { ${RELATION} } }`,
        variables: { id: (ours.variables.ids as string[])[0], limit: 300 },
      }),
      sameSelection: (ours) => ({
        query: `query($ids: [ID!]!, $depth: Int, $limit: Int, $assertions: [AssertionKind!]) {
  neighbourhood(ids: $ids, depth: $depth, limit: $limit, assertions: $assertions) { truncated relations { ${SAME_RELATION} } } }`,
        variables: ours.variables,
      }),
      key: (data) => {
        const relations = (data as { neighbourhood: { id: string }[] }).neighbourhood;
        return relations.length >= 300 ? `${relations.length} of more` : ids(relations);
      },
    },
  },
  {
    name: '5 paths (up to 6 hops)',
    weight: 6,
    startsAtEntity: true,
    request: (random, pools, start) => ({
      query: print(PathsDocument),
      variables: {
        from: start ?? random.pick(pools.byDegree),
        to: random.pick(pools.byDegree),
        maxHops: 6,
        first: 5,
        assertions: ALL_KINDS,
      },
    }),
    // Paths of one length may come in another order, or others of the same length: their lengths agree.
    ourKey: (data) =>
      (data as { paths: { length: number }[] }).paths
        .map((path) => path.length)
        .sort()
        .join(','),
    neo4jGraphql: {
      request: (ours) => ({
        query: `query($from: ID!, $to: ID!, $assertions: [String!]!) {
  shortestPaths(from: $from, to: $to, maxHops: 6, first: 5, includeSuggested: false, assertions: $assertions) {
    length relations { ${RELATION} } } }`,
        variables: { from: ours.variables.from, to: ours.variables.to, assertions: ours.variables.assertions },
      }),
      sameSelection: (ours) => ({
        query: `query($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $assertions: [AssertionKind!]) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first, assertions: $assertions) { length relations { ${SAME_RELATION} } } }`,
        variables: ours.variables,
      }),
      key: (data) =>
        (data as { shortestPaths: { length: number }[] }).shortestPaths
          .map((path) => path.length)
          .sort()
          .join(','),
    },
  },
  {
    name: 'timeline page (a decade, 100)',
    weight: 12,
    startsAtEntity: false,
    request: (random, pools) => ({
      query: print(TimelineItemsDocument),
      variables: { ...decadeOf(random, pools), first: 100 },
    }),
    ourKey: (data) =>
      (
        data as { timeline: { edges: { node: { entity: { id: string } | null; relation: { id: string } | null } }[] } }
      ).timeline.edges
        .map(({ node }) => node.entity?.id ?? node.relation?.id)
        .join(','),
    neo4jGraphql: {
      request: (ours, pools) => {
        const from = `${String(ours.variables.from)}-01-01`;
        const to = `${String(ours.variables.to)}-12-31`;
        const parameters = timelineParameters(
          from,
          to,
          null,
          firstPage(100),
          DEFAULT_SCOPE,
          undefined,
          pools.longestSpans,
        );
        return {
          query: `query($seekFrom: String!, $seekTo: String!, $from: String!, $runningScales: [RunningScale!]!) {
  timeline(seekFrom: $seekFrom, seekTo: $seekTo, from: $from, runningScales: $runningScales, first: 100) {
    id kind entity { ${REF} } relation { ${RELATION} } } }`,
          variables: {
            seekFrom: parameters.seekFrom,
            seekTo: parameters.seekTo,
            from: parameters.from,
            runningScales: parameters.runningScales.map((running) => ({
              scale: Number(running.scale),
              seekFrom: running.seekFrom,
              seekTo: running.seekTo,
            })),
          },
        };
      },
      key: (data) => (data as { timeline: { id: string }[] }).timeline.map((entry) => entry.id).join(','),
      sameSelection: (ours) => ({
        query: `query($from: String, $to: String, $first: Int) {
  timeline(from: $from, to: $to, first: $first) { edges { node { label entity { ${REF} } relation { ${SAME_RELATION} } } } } }`,
        variables: ours.variables,
      }),
    },
  },
  {
    name: 'stories of the landing page',
    weight: 8,
    startsAtEntity: false,
    request: (random) => random.pick(LANDING_STORIES),
  },
];
