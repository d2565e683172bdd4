import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Repositories } from '../../src/api/api-context';
import { buildApiSchema } from '../../src/api/build-api-schema';
import { createLoaders } from '../../src/api/create-loaders';
import type { Projection } from '../../src/graph/model';

/**
 * The projection each traversal resolver hands its repository, worked out from the query's
 * selection: the repositories are stubs that record it (the statements themselves are tested
 * against Neo4j in the integration tests).
 */
let schema: GraphQLSchema;
let seen: Projection[];
/** Whether each entity list read was asked to count the entities (its `totals`). */
let entityListTotals: boolean[];

const ENTITY = {
  id: 'muravyov',
  type: 'PERSON',
  name: 'Nikolay Muravyov',
  germanName: null,
  aliases: [],
  description: null,
  start: null,
  end: null,
};

const repositories = {
  entities: {
    page: (_type: unknown, _page: unknown, totals: boolean) => {
      entityListTotals.push(totals);
      return Promise.resolve({ total: totals ? 1 : null, entities: [{ item: ENTITY, key: [ENTITY.name, ENTITY.id] }] });
    },
  },
  traversal: {
    neighbourhood: (...args: unknown[]) => {
      seen.push(args[5] as Projection);
      return Promise.resolve({ nodes: [], relations: [], truncated: false });
    },
    shortestPaths: (...args: unknown[]) => {
      seen.push(args[6] as Projection);
      return Promise.resolve({ paths: [], shortestOnly: false });
    },
  },
  timeline: {
    entries: (...args: unknown[]) => {
      seen.push(args[5] as Projection);
      return Promise.resolve([]);
    },
  },
  relations: {
    ofEntities: (ids: string[], _filter: unknown, projection: Projection) => {
      seen.push(projection);
      return Promise.resolve(new Map(ids.map((id) => [id, { entity: { ...ENTITY, id }, total: 0, relations: [] }])));
    },
  },
} as unknown as Repositories;

async function projectionsOf(
  query: string | DocumentNode,
  variableValues: Record<string, unknown> = {},
): Promise<Projection[]> {
  seen = [];
  entityListTotals = [];
  const result = await execute({
    schema,
    document: typeof query === 'string' ? parse(query) : query,
    variableValues,
    contextValue: { repositories, loaders: createLoaders(repositories) },
  });
  expect(result.errors).toBeUndefined();
  return seen;
}

const BRIEF = {
  entityDetails: false,
  relationDetails: false,
  relationValues: false,
  evidence: false,
  entryDates: false,
  totals: false,
};

beforeAll(async () => {
  schema = await buildApiSchema();
});

describe('the projection a query asks for', () => {
  it('is brief for ids, names and types, with evidence only when evidence is asked for', async () => {
    expect(
      await projectionsOf(`{ neighbourhood(ids: ["a"]) { nodes { id name type } relations {
          id type suggested source { id name type } target { id } evidence { sentence documentId sentenceIndex } } } }`),
    ).toEqual([{ ...BRIEF, evidence: true }]);
    expect(await projectionsOf('{ neighbourhood(ids: ["a"]) { truncated relations { __typename id } } }')).toEqual([
      BRIEF,
    ]);
    // A page of relations whose ends are drawn as the explorer's EntitySummary.
    expect(
      await projectionsOf(`{ entity(id: "muravyov") { description relations(first: 5) { edges { node {
          source { id type name germanName } target { id type name germanName } } } } } }`),
    ).toEqual([BRIEF]);
  });

  it('asks for entity details when any entity, anywhere below, needs more than its name', async () => {
    expect(await projectionsOf('{ neighbourhood(ids: ["a"]) { nodes { id description } } }')).toEqual([
      { ...BRIEF, entityDetails: true },
    ]);
    expect(
      await projectionsOf(`{ paths(from: "a", to: "b") { relations { target { ...Dated } } } }
        fragment Dated on Entity { start { iso } }`),
    ).toEqual([{ ...BRIEF, entityDetails: true }]);
  });

  it('asks for relation details for dates, values, review fields and evidence quotes', async () => {
    for (const fields of ['start { iso }', 'inferred', 'reviewedBy', 'suggestionId']) {
      expect(await projectionsOf(`{ paths(from: "a", to: "b") { relations { id ${fields} } } }`)).toEqual([
        { ...BRIEF, relationDetails: true },
      ]);
    }
    // A relation's own values only when they are asked for: listing them reads all its properties.
    expect(await projectionsOf('{ paths(from: "a", to: "b") { relations { id properties { key value } } } }')).toEqual([
      { ...BRIEF, relationDetails: true, relationValues: true },
    ]);
    expect(await projectionsOf('{ neighbourhood(ids: ["a"]) { relations { evidence { quote } } } }')).toEqual([
      { ...BRIEF, relationDetails: true, evidence: true },
    ]);
  });

  it('follows @include and @skip, for each request its own variables', async () => {
    const document = parse(
      'query($more: Boolean!) { neighbourhood(ids: ["a"]) { nodes { id description @include(if: $more) } } }',
    );
    // One parsed document for every request, as Apollo's document cache hands it over.
    for (const more of [false, true, false]) {
      expect(await projectionsOf(document, { more })).toEqual([{ ...BRIEF, entityDetails: more }]);
    }
  });

  it("projects an entity's page of relations as its selection asks, the entity itself whole", async () => {
    const projections = await projectionsOf(`{ entity(id: "muravyov") { name relations(first: 5) {
        edges { node { id target { id description } } } } } }`);
    expect(projections).toEqual([{ ...BRIEF, entityDetails: true }]);
  });

  it("reads the timeline's dates only when an entry's date is asked for, and drops evidence nobody reads", async () => {
    // A label is names and a type: no details.
    expect(
      await projectionsOf('{ timeline(from: "1858") { edges { node { label relation { id source { name } } } } } }'),
    ).toEqual([BRIEF]);
    // An entry's date: its entity whole, its relation's columns; the relation's ends stay brief.
    expect(
      await projectionsOf(`{ timeline(from: "1858") { edges { node { date { iso } entity { id }
          relation { source { id name } } } } } }`),
    ).toEqual([{ ...BRIEF, relationDetails: true, entryDates: true }]);
    expect(
      await projectionsOf(`{ timeline(from: "1858") { edges { node { date { iso }
          relation { source { description } } } } } }`),
    ).toEqual([{ ...BRIEF, entityDetails: true, relationDetails: true, entryDates: true }]);
    expect(
      await projectionsOf('{ timeline(from: "1858") { edges { node { label relation { evidence { sentence } } } } } }'),
    ).toEqual([{ ...BRIEF, evidence: true }]);
  });

  it('counts a list only when its own totalCount is asked for', async () => {
    expect(await projectionsOf('{ entity(id: "muravyov") { relations(first: 5) { totalCount } } }')).toEqual([
      { ...BRIEF, totals: true },
    ]);
    expect(await projectionsOf('{ entity(id: "muravyov") { relations(first: 5) { edges { node { id } } } } }')).toEqual(
      [BRIEF],
    );
    // The landing page's treaties: the list counted, each treaty's relations not; and the other way.
    const relations = 'relations(types: [SIGNED], direction: IN, first: 50)';
    expect(
      await projectionsOf(`{ entities(type: TREATY, first: 50) { totalCount edges { node { id
          ${relations} { edges { node { id } } } } } } }`),
    ).toEqual([BRIEF]);
    expect(entityListTotals).toEqual([true]);
    expect(
      await projectionsOf(
        `{ entities(type: TREATY, first: 50) { edges { node { id ${relations} { totalCount } } } } }`,
      ),
    ).toEqual([{ ...BRIEF, totals: true }]);
    expect(entityListTotals).toEqual([false]);
  });
});
