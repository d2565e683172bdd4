import {
  EntitiesDocument,
  EntityDetailsDocument,
  NodeDocument,
  NodesDocument,
  TimelineDocument,
  type TimelineQuery,
} from '../../../src/generated/graphql';
import { dayRange, parseDateBound, precisionRank } from '../../../src/domain/historical-date';
import { buildCuratedGraph } from '../../../src/ingest/build-curated-graph';
import { postQuery, startApiFixture, stopApiFixture, type ApiFixture } from '../../helpers/api-fixture';
import { executeOperation, type GraphQLResponse } from '../../helpers/graphql-client';
import { bumpGraphVersion } from '../../helpers/graph-state';
import { testNeo4jConnection } from '../../helpers/test-neo4j';

type TimelineEdge = TimelineQuery['timeline']['edges'][number];

/** The day range a timeline bound as the API takes it covers. */
function dayBound(value: string): { first: string; last: string } {
  const bound = parseDateBound(value);
  if ('error' in bound) throw new Error(bound.error);
  return bound;
}

describe('Relay pagination', () => {
  let api: ApiFixture;
  const { graph } = buildCuratedGraph();
  beforeAll(async () => (api = await startApiFixture()));
  afterAll(() => stopApiFixture(api));
  const run = <R, V>(document: Parameters<typeof executeOperation<R, V>>[1], variables?: V) =>
    executeOperation(api.server.baseUrl, document, variables);

  /** Every entry of the timeline 1849-1860, page by page, as a client pages with `after`. */
  async function timelinePages(size: number): Promise<TimelineEdge[][]> {
    const pages: TimelineEdge[][] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const { data, errors }: GraphQLResponse<TimelineQuery> = await run(TimelineDocument, {
        from: '1849',
        to: '1860',
        first: size,
        after,
      });
      expect(errors).toBeUndefined();
      pages.push(data!.timeline.edges);
      expect(data!.timeline.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data!.timeline.pageInfo.hasNextPage) return pages;
      after = data!.timeline.pageInfo.endCursor;
    }
    throw new Error('the timeline never said it had no next page');
  }

  /** The ids the curated graph says the timeline 1849-1860 holds: dated entities and relations. */
  function expectedTimeline(): string[] {
    const range = { first: dayBound('1849').first, last: dayBound('1860').last };
    const overlaps = (start: Parameters<typeof dayRange>[0] | null, end: Parameters<typeof dayRange>[0] | null) => {
      const first = start ?? end;
      return first !== null && dayRange(first).first <= range.last && dayRange(end ?? first).last >= range.first;
    };
    return [
      ...graph.entities.filter((e) => overlaps(e.start, e.end)).map((e) => e.id),
      ...graph.relations.filter((r) => r.assertion === null && overlaps(r.start, r.end)).map((r) => r.id),
    ];
  }

  it('pages the timeline 1849-1860 by 25: every entry once, in order, to the Treaty of Peking', async () => {
    const pages = await timelinePages(25);
    const entries = pages.flat();
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, -1).map((page) => page.length)).toEqual(pages.slice(0, -1).map(() => 25));
    const ids = entries.map(({ node }) => node.entity?.id ?? node.relation!.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expectedTimeline().sort());
    // In order: by the first day each start covers, coarse precision first, at every step.
    const keys = entries.map(({ node }) => [dayRange(node.date).first, precisionRank(node.date.precision)] as const);
    const outOfOrder = keys.filter(
      ([day, rank], i) => i > 0 && (keys[i - 1]![0] > day || (keys[i - 1]![0] === day && keys[i - 1]![1] > rank)),
    );
    expect(outOfOrder).toEqual([]);
    expect(entries.map(({ node }) => `${node.date.iso} ${node.label}`)).toContain(
      '1860-11-02 Nikolay Ignatyev SIGNED Treaty of Peking (1860)',
    );
  });

  it('pages the timeline backward with last/before to the same entries, in the same order', async () => {
    const forward = (await timelinePages(25)).flat().map((edge) => edge.cursor);
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { data, errors }: GraphQLResponse<TimelineQuery> = await run(TimelineDocument, {
        from: '1849',
        to: '1860',
        last: 25,
        before,
      });
      expect(errors).toBeUndefined();
      backward.unshift(...data!.timeline.edges.map((edge) => edge.cursor));
      expect(data!.timeline.pageInfo.hasNextPage).toBe(before !== null);
      if (!data!.timeline.pageInfo.hasPreviousPage) break;
      before = data!.timeline.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('pages entities both ways, and a cursor does not shift when an entity is added before it', async () => {
    const first = await run(EntitiesDocument, { type: 'PERSON', first: 10 });
    const cursor = first.data!.entities.pageInfo.endCursor!;
    const next = await run(EntitiesDocument, { type: 'PERSON', first: 10, after: cursor });
    const { database } = testNeo4jConnection();
    // A person whose name sorts before every page: with offsets, every later page would shift by one.
    await api.driver.executeQuery(
      "CREATE (:Entity:Person {id: 'test-aaron', type: 'PERSON', name: 'Aaron Test', aliases: []})",
      {},
      { database },
    );
    // As every write does: the graph's version raised, so that no answer kept before it is served.
    await bumpGraphVersion(api.driver);
    await api.server.graphVersion.refresh();
    try {
      const again = await run(EntitiesDocument, { type: 'PERSON', first: 10, after: cursor });
      expect(again.data!.entities.edges.map((edge) => edge.node.id)).toEqual(
        next.data!.entities.edges.map((edge) => edge.node.id),
      );
      expect(again.data!.entities.totalCount).toBe(next.data!.entities.totalCount + 1);
    } finally {
      await api.driver.executeQuery("MATCH (e:Entity {id: 'test-aaron'}) DELETE e", {}, { database });
      await bumpGraphVersion(api.driver);
      await api.server.graphVersion.refresh();
    }
    // Backward from the second page's start: the first page again, in the same order.
    const back = await run(EntitiesDocument, {
      type: 'PERSON',
      last: 10,
      before: next.data!.entities.pageInfo.startCursor,
    });
    expect(back.data!.entities.edges.map((edge) => edge.node.id)).toEqual(
      first.data!.entities.edges.map((edge) => edge.node.id),
    );
    expect(back.data!.entities.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('pages an entity’s relations backward to the same relations as forward', async () => {
    const all = await run(EntityDetailsDocument, { id: 'muravyov', first: 100 });
    const ids = all.data!.entity!.relations.edges.map((edge) => edge.node.id);
    expect(ids.length).toBeGreaterThan(20);
    const last = await run(EntityDetailsDocument, { id: 'muravyov', last: 7 });
    expect(last.data!.entity!.relations.edges.map((edge) => edge.node.id)).toEqual(ids.slice(-7));
    expect(last.data!.entity!.relations.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('counts an entity’s relations from the degree store as it counts them by reading them', async () => {
    // Every kind of statement, both directions, all types: the total comes from the degree store;
    // one direction at a time, it is counted by reading the relations. Every curated entity.
    const every = 'assertions: [FACT, CLAIM, PLAN, BELIEF]';
    const totals: { id: string; all: number; out: number; in: number }[] = [];
    let after: string | null = null;
    do {
      const { body } = await postQuery(
        api.server.baseUrl,
        `query ($after: String) { entities(first: 100, after: $after) {
          edges { node { id
            all: relations(${every}, first: 1) { totalCount }
            out: relations(${every}, direction: OUT, first: 1) { totalCount }
            in: relations(${every}, direction: IN, first: 1) { totalCount } } }
          pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(body.errors).toBeUndefined();
      type Totals = { totalCount: number };
      const entities = body.data!.entities as {
        edges: { node: { id: string; all: Totals; out: Totals; in: Totals } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      for (const { node } of entities.edges) {
        totals.push({ id: node.id, all: node.all.totalCount, out: node.out.totalCount, in: node.in.totalCount });
      }
      after = entities.pageInfo.hasNextPage ? entities.pageInfo.endCursor : null;
    } while (after !== null);
    const counted = new Set(totals.map((entity) => entity.id));
    expect(graph.entities.filter((entity) => !counted.has(entity.id))).toEqual([]);
    expect(totals.filter((entity) => entity.all > 0).length).toBeGreaterThan(100);
    expect(totals.filter((entity) => entity.all !== entity.out + entity.in)).toEqual([]);
    const russia = totals.find((entity) => entity.id === 'russia');
    expect(russia?.all).toBe(
      graph.relations.filter((relation) => relation.source === 'russia' || relation.target === 'russia').length,
    );
  });

  it('refuses a cursor of another list and a cursor that was edited, naming the argument', async () => {
    const page = await run(EntitiesDocument, { first: 1 });
    const cursor = page.data!.entities.pageInfo.endCursor!;
    const { body } = await postQuery(
      api.server.baseUrl,
      'query($c: String) { timeline(after: $c) { edges { cursor } } }',
      {
        c: cursor,
      },
    );
    expect(body.errors?.[0]?.message).toBe(
      'after is not a cursor of this list: it belongs to the entities list, not to the timeline list',
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const edited = await postQuery(api.server.baseUrl, 'query($c: String) { entities(before: $c) { totalCount } }', {
      c: `${cursor.slice(0, 4)}A${cursor.slice(5)}`,
    });
    expect(edited.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
  });

  it('fetches entities, relations and documents again by id with node and nodes', async () => {
    const entity = await run(NodeDocument, { id: 'muravyov' });
    expect(entity.data!.node).toMatchObject({ __typename: 'Entity', id: 'muravyov', entityType: 'PERSON' });
    const relation = await run(NodeDocument, { id: 'muravyov--SIGNED--treaty-of-aigun' });
    expect(relation.data!.node).toMatchObject({
      __typename: 'Relation',
      relationType: 'SIGNED',
      source: { id: 'muravyov' },
      target: { id: 'treaty-of-aigun' },
    });
    const named = graph.relations.find((r) => r.id.split('--').length === 4)!;
    expect((await run(NodeDocument, { id: named.id })).data!.node).toMatchObject({
      __typename: 'Relation',
      id: named.id,
    });
    const document = await run(NodeDocument, { id: graph.documents[0]!.id });
    expect(document.data!.node).toMatchObject({ __typename: 'Document', language: 'de' });
    const many = await run(NodesDocument, { ids: ['treaty-of-aigun', 'no-such-id', 'muravyov'] });
    expect(many.data!.nodes).toEqual([
      { __typename: 'Entity', id: 'treaty-of-aigun' },
      null,
      { __typename: 'Entity', id: 'muravyov' },
    ]);
    expect((await run(NodeDocument, { id: 'muravyov--SIGNED--nowhere' })).data!.node).toBeNull();
  });
});
