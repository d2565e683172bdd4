import neo4j from 'neo4j-driver';
import {
  EntitiesDocument,
  EntityDetailsDocument,
  NeighbourhoodDocument,
  PathsDocument,
  ResolveDocument,
  SearchDocument,
  StatsDocument,
  TimelineDocument,
  TimelineItemsDocument,
  type TimelineItemsQuery,
  type TimelineQuery,
  type TimelineQueryVariables,
} from '../../../src/generated/graphql';
import { dayRange, parseDateBound, precisionRank } from '../../../src/domain/historical-date';
import { ASSERTION_KINDS } from '../../../src/domain/assertion';
import { RELATION_TYPE_NAMES } from '../../../src/domain/ontology';
import { buildCuratedGraph } from '../../../src/ingest/build-curated-graph';
import { postQuery, startApiFixture, stopApiFixture, type ApiFixture } from '../../helpers/api-fixture';
import { executeOperation, type GraphQLResponse } from '../../helpers/graphql-client';
import { testNeo4jConnection } from '../../helpers/test-neo4j';
import { CypherLoader } from '../../../src/db/cypher-loader';
import { QueryRunner } from '../../../src/db/run-query';
import { TraversalRepository } from '../../../src/graph/traversal.repository';
import { PATH_BRANCHING } from '../../../src/graph/statements/traversal.statements';

function dayBound(value: string): { first: string; last: string } {
  const bound = parseDateBound(value);
  if ('error' in bound) throw new Error(bound.error);
  return bound;
}

describe('the traversal API', () => {
  let api: ApiFixture;
  const { graph } = buildCuratedGraph();
  /** What queries return unless asked for more: the facts, not the claims, plans and beliefs. */
  const facts = graph.relations.filter((relation) => relation.assertion === null);
  beforeAll(async () => (api = await startApiFixture()));
  afterAll(() => stopApiFixture(api));
  const run = <R, V>(document: Parameters<typeof executeOperation<R, V>>[1], variables?: V) =>
    executeOperation(api.server.baseUrl, document, variables);

  describe('resolve', () => {
    const known = new Set(
      graph.entities.flatMap((e) => [e.name, e.germanName ?? '', ...e.aliases]).map((name) => name.toLowerCase()),
    );

    it.each([
      ['murawjew', 'muravyov'],
      ['MURAVIOV', 'muravyov'],
      ['Murawjow-Amurskij', 'muravyov'],
      ['Newelskoj', 'nevelskoy'],
      ['nevelskii', 'nevelskoy'],
      ['Putjatine', 'putyatin'],
      ['Putyatins', 'putyatin'],
      ['Gortschakov', 'gorchakov'],
      ['Ignatjev', 'ignatiev'],
      ['Nesselrod', 'nesselrode'],
      ['Tschernischow', 'chernyshev'],
      ['Menschikov', 'menshikov'],
      ['Bratischev', 'bratishchev'],
      ['Golofkin', 'golovkin'],
      ['Chabarovsk', 'khabarovsk'],
      ['Iakutsk', 'yakutsk'],
      ['Albazino', 'albazin'],
      ['Kamtchatka', 'kamchatka'],
      ['Vertrag von Ajgun', 'treaty-of-aigun'],
      ['Aigun Vertrag', 'treaty-of-aigun'],
      ['Peking-Vertrag', 'treaty-of-peking'],
    ])('resolves %j, a spelling the annotations lack, to %s', async (name, id) => {
      expect(known.has(name.toLowerCase())).toBe(false);
      const { data } = await run(ResolveDocument, { name, first: 3 });
      expect(data?.resolve[0]?.id).toBe(id);
    });

    it.each([
      ['Amur', 'amur', 'amur-expedition'],
      ['Peking', 'peking', 'treaty-of-peking'],
    ])('puts the place %j before what is named after it', async (name, place, namedAfter) => {
      const ids = (await run(ResolveDocument, { name, first: 10 })).data!.resolve.map((e) => e.id);
      expect(ids[0]).toBe(place);
      expect(ids).toContain(namedAfter);
    });

    it.each([
      ['Pek', 'peking'],
      ['Murawj', 'muravyov'],
      ['Nevel', 'nevelskoy'],
      ['Nev', 'nevelskoy'],
      ['Putj', 'putyatin'],
    ])('offers for %j, a name as it is being typed, %s first', async (name, id) => {
      const { data } = await run(ResolveDocument, { name, first: 8 });
      expect(data?.resolve[0]?.id).toBe(id);
    });

    it('ranks the exact name first and honours first', async () => {
      const { data } = await run(ResolveDocument, { name: 'Vertrag von Aigun', first: 2 });
      expect(data!.resolve.map((e) => e.id)).toEqual(['treaty-of-aigun', 'aigun']);
    });

    it.each([
      ['Муравьёв', 'muravyov'],
      ['Муравьев', 'muravyov'],
      ['瑷珲条约', 'treaty-of-aigun'],
      ['璦琿條約', 'treaty-of-aigun'],
      ['Aihui tiaoyue', 'treaty-of-aigun'],
      ['Aihun', 'aigun'],
      ['Tientsin', 'tianjin'],
      ['Ignatiev', 'ignatiev'],
      ['Игнатьев', 'ignatiev'],
      ['北京条约', 'treaty-of-peking'],
      ['Нерчинский договор', 'treaty-of-nerchinsk'],
      ['雅克萨', 'albazin'],
    ])('resolves %j, in another script or romanisation, to %s first', async (name, id) => {
      const { data } = await run(ResolveDocument, { name, first: 3 });
      expect(data?.resolve[0]?.id).toBe(id);
    });

    it('gives names in every script, and one in the language asked for', async () => {
      const { body } = await postQuery(
        api.server.baseUrl,
        '{ entity(id: "treaty-of-aigun") { labels { language text derived } ru: label(language: "ru") zh: label(language: "zh") hant: label(language: "zh-Hant") de: label(language: "de") ja: label(language: "ja") } }',
      );
      const entity = (body.data as { entity: Record<string, unknown> }).entity;
      expect(entity).toMatchObject({
        ru: 'Айгунский договор',
        zh: '瑷珲条约',
        hant: '璦琿條約',
        de: 'Vertrag von Aigun',
        ja: null,
      });
      expect(entity.labels).toEqual(
        expect.arrayContaining([
          { language: 'en', text: 'Treaty of Aigun (1858)', derived: false },
          { language: 'zh-Latn-pinyin', text: 'Ài huī tiáo yuē', derived: true },
          { language: 'ru-Latn', text: 'Aigunskii dogovor', derived: true },
        ]),
      );
    });

    it('refuses a language that is no BCP 47 tag, naming it', async () => {
      const { body } = await postQuery(api.server.baseUrl, '{ entity(id: "aigun") { label(language: "english!") } }');
      expect(body.errors?.[0]).toMatchObject({
        message: 'language "english!" is not a BCP 47 language tag (such as ru, zh-Hans, de)',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('finds nothing for words that name nothing', async () => {
      expect((await run(ResolveDocument, { name: '--- ...' })).data!.resolve).toEqual([]);
    });
  });

  it('dates the Treaty of Aigun in both calendars and orders it 16 days before Tianjin', async () => {
    const { body } = await postQuery(
      api.server.baseUrl,
      '{ aigun: entity(id: "treaty-of-aigun") { start { iso calendar gregorian julian edtf calendarSource } } tianjin: entity(id: "treaty-of-tianjin") { start { iso calendar gregorian julian edtf } } }',
    );
    const data = body.data as Record<string, { start: Record<string, string> }>;
    expect(data.aigun!.start).toMatchObject({
      iso: '1858-05-16',
      calendar: 'JULIAN',
      gregorian: '1858-05-28',
      julian: '1858-05-16',
      edtf: '1858-05-28',
      calendarSource: expect.stringContaining('16 (28) May 1858') as unknown,
    });
    expect(data.tianjin!.start).toMatchObject({ iso: '1858-06-13', calendar: 'GREGORIAN', julian: '1858-06-01' });

    const timeline = await run(TimelineDocument, { from: '1858-05', to: '1858-06', first: 100 });
    const ids = timeline.data!.timeline.edges.map((edge) => edge.node.entity?.id ?? edge.node.relation?.id);
    const aigun = ids.indexOf('treaty-of-aigun');
    const tianjin = ids.indexOf('treaty-of-tianjin');
    expect(aigun).toBeGreaterThanOrEqual(0);
    expect(tianjin).toBeGreaterThan(aigun);
    const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(days(data.tianjin!.start.gregorian!) - days(data.aigun!.start.gregorian!)).toBe(16);
  });

  it('searches names in every script', async () => {
    const { data } = await run(SearchDocument, { text: 'Муравьёв', first: 3 });
    expect(data!.search[0]?.entity.id).toBe('muravyov');
    const chinese = await run(SearchDocument, { text: '恭亲王', first: 3 });
    expect(chinese.data!.search.map((hit) => hit.entity.id)).toContain('prince-gong');
  });

  it('searches names, aliases and descriptions, filtered by type, by score', async () => {
    const { data } = await run(SearchDocument, { text: 'fortress', first: 5 });
    expect(data!.search.map((hit) => hit.entity.id)).toContain('albazin');
    const scores = data!.search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const treaties = await run(SearchDocument, { text: 'Aigun', types: ['TREATY'] });
    expect(treaties.data!.search.map((hit) => hit.entity.type)).toEqual(['TREATY']);
  });

  it('pages through all entities of a type with cursors', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let total = 0;
    for (;;) {
      const { data } = await run(EntitiesDocument, { type: 'PERSON', first: 10, after });
      total = data!.entities.totalCount;
      seen.push(...data!.entities.edges.map((edge) => edge.node.id));
      if (!data!.entities.pageInfo.hasNextPage) break;
      after = data!.entities.pageInfo.endCursor;
    }
    const people = graph.entities.filter((e) => e.type === 'PERSON').map((e) => e.id);
    expect(total).toBe(people.length);
    expect([...seen].sort()).toEqual([...people].sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('pages through an entity’s relations, filtered by type and direction', async () => {
    const all = await run(EntityDetailsDocument, { id: 'muravyov', first: 100 });
    const total = all.data!.entity!.relations.totalCount;
    expect(total).toBe(facts.filter((r) => r.source === 'muravyov' || r.target === 'muravyov').length);
    const first = await run(EntityDetailsDocument, { id: 'muravyov', first: 5 });
    const second = await run(EntityDetailsDocument, {
      id: 'muravyov',
      first: 5,
      after: first.data!.entity!.relations.pageInfo.endCursor,
    });
    const ids = [...first.data!.entity!.relations.edges, ...second.data!.entity!.relations.edges].map((e) => e.node.id);
    expect(ids).toEqual(all.data!.entity!.relations.edges.slice(0, 10).map((e) => e.node.id));
    const out = await run(EntityDetailsDocument, { id: 'muravyov', types: ['SUPPORTED'], direction: 'OUT' });
    const supported = out.data!.entity!.relations.edges.map((e) => `${e.node.type} ${e.node.source.id}`);
    expect(supported.length).toBe(facts.filter((r) => r.type === 'SUPPORTED' && r.source === 'muravyov').length);
    expect(supported.length).toBeGreaterThan(0);
    expect(new Set(supported)).toEqual(new Set(['SUPPORTED muravyov']));
    const inbound = await run(EntityDetailsDocument, { id: 'muravyov', direction: 'IN' });
    const targets = inbound.data!.entity!.relations.edges.map((e) => e.node.target.id);
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(['muravyov']));
  });

  it('gives every relation its evidence as whole sentences with the quoted words', async () => {
    // The explorer's EntityDetails lists relations without their evidence: asked for here.
    const { body } = await postQuery(
      api.server.baseUrl,
      `{ entity(id: "treaty-of-aigun") { relations(first: 50) { edges { node { evidence { sentence quote } } } } }
         aigun: entity(id: "treaty-of-aigun") { mentions(first: 5) { quote } } }`,
    );
    expect(body.errors).toBeUndefined();
    type Evidence = { sentence: string; quote: string | null };
    const data = body.data as {
      entity: { relations: { edges: { node: { evidence: Evidence[] } }[] } };
      aigun: { mentions: { quote: string | null }[] };
    };
    expect(data.entity.relations.edges.length).toBeGreaterThan(3);
    for (const { node } of data.entity.relations.edges) {
      expect(node.evidence.length).toBeGreaterThan(0);
      for (const evidence of node.evidence) {
        expect(evidence.sentence).toMatch(/[.!?"“]$/);
        if (evidence.quote) expect(evidence.sentence).toContain(evidence.quote);
      }
    }
    expect(data.aigun.mentions[0]?.quote).toMatch(/Aigun|Aygun/);
  });

  it('answers null for an unknown id and nothing for unknown path ends', async () => {
    expect((await run(EntityDetailsDocument, { id: 'no-such-entity' })).data).toEqual({ entity: null });
    expect((await run(PathsDocument, { from: 'no-such-entity', to: 'muravyov' })).data).toEqual({ paths: [] });
    const nothing = await run(NeighbourhoodDocument, { ids: ['no-such-entity'] });
    expect(nothing.data!.neighbourhood).toEqual({ nodes: [], relations: [], truncated: false });
  });

  it('finds paths shortest first, within maxHops, over chosen relation types only', async () => {
    const direct = await run(PathsDocument, { from: 'nevelskoy', to: 'treaty-of-aigun', maxHops: 1 });
    expect(direct.data!.paths).toEqual([]);
    const led = await run(PathsDocument, {
      from: 'nevelskoy',
      to: 'amur-raftings',
      maxHops: 3,
      types: ['LED', 'LED_TO'],
    });
    expect(led.data!.paths[0]!.relations.map((r) => r.type)).toEqual(['LED', 'LED_TO']);
    // Every hop of every path over the two types only (the first path has two hops, checked above).
    const ledTypes = led.data!.paths.flatMap((path) => path.relations.map((r) => r.type));
    expect(ledTypes.filter((type) => !['LED', 'LED_TO'].includes(type))).toEqual([]);
  });

  it('orders paths of one length by how connected their entities are, the same on every run', async () => {
    const ask = () => run(PathsDocument, { from: 'nevelskoy', to: 'treaty-of-aigun', maxHops: 2, first: 5 });
    const chains = (answer: Awaited<ReturnType<typeof ask>>) =>
      answer.data!.paths.map((path) => path.nodes.map((node) => node.id).join(' > '));
    const first = chains(await ask());
    // Through Muravyov (a person) before through the Russian Empire (the graph's hub).
    expect(first.indexOf('nevelskoy > muravyov > treaty-of-aigun')).toBe(0);
    expect(first).toContain('nevelskoy > russia > treaty-of-aigun');
    expect(first.indexOf('nevelskoy > russia > treaty-of-aigun')).toBeGreaterThan(
      first.lastIndexOf('nevelskoy > muravyov > treaty-of-aigun'),
    );
    for (let again = 0; again < 3; again += 1) expect(chains(await ask())).toEqual(first);
  });

  it('finds one path (searched from both ends) as short as the shortest of several, and none from an entity to itself', async () => {
    for (const [from, to] of [
      ['nevelskoy', 'treaty-of-aigun'],
      ['nesselrode', 'amur-raftings'],
      ['putyatin', 'ignatiev'],
    ] as const) {
      const one = (await run(PathsDocument, { from, to, maxHops: 6, first: 1 })).data!.paths;
      const several = (await run(PathsDocument, { from, to, maxHops: 6, first: 5 })).data!.paths;
      expect(one).toHaveLength(1);
      expect(one[0]!.length).toBe(several[0]!.length);
      const chain = one[0]!.nodes.map((node) => node.id);
      expect([chain[0], chain.at(-1)]).toEqual([from, to]);
      one[0]!.relations.forEach((relation, hop) => {
        expect([relation.source.id, relation.target.id].sort()).toEqual([chain[hop], chain[hop + 1]].sort());
      });
      // Over two types only: maybe no path; where there is one, every hop is of those types.
      const typed = (await run(PathsDocument, { from, to, maxHops: 6, first: 1, types: ['LED', 'SIGNED'] })).data!;
      const typedHops = typed.paths.flatMap((path) => path.relations.map((r) => r.type));
      expect(typedHops.filter((type) => !['LED', 'SIGNED'].includes(type))).toEqual([]);
    }
    for (const first of [1, 5]) {
      expect((await run(PathsDocument, { from: 'muravyov', to: 'muravyov', first })).data).toEqual({ paths: [] });
    }
  });

  // The lengths of the k shortest paths through distinct entities, by exhaustive search (small
  // on the curated graph within 3 hops): the statement finds the shortest ones first, then
  // longer ones while fewer than asked were found.
  const exhaustive = async (from: string, to: string, k: number, maxHops = 3, everyKind = false) => {
    const { records } = await api.driver.executeQuery(
      `MATCH p = (:Entity {id: $from})-[rs:${RELATION_TYPE_NAMES.join('|')}*1..${maxHops}]-(:Entity {id: $to})
       WHERE all(r IN rs WHERE $everyKind OR coalesce(r.assertion, 'FACT') = 'FACT')
         AND all(i IN range(0, length(p)) WHERE all(j IN range(0, i - 1) WHERE nodes(p)[i] <> nodes(p)[j]))
       RETURN length(p) AS length ORDER BY length LIMIT $k`,
      { from, to, k: neo4j.int(k), everyKind },
      { database: testNeo4jConnection().database },
    );
    return records.map((record) => (record.get('length') as { toNumber(): number }).toNumber());
  };

  // Pairs of the curated graph with paths of several lengths within 3 hops.
  const PATH_ENDS = [
    ['nevelskoy', 'treaty-of-aigun'],
    ['nesselrode', 'amur-raftings'],
    ['putyatin', 'ignatiev'],
    ['muravyov', 'treaty-of-peking'],
    // Linked directly: the relations between them come first, then longer paths.
    ['muravyov', 'treaty-of-aigun'],
    ['russia', 'qing-china'],
  ] as const;

  it('finds the shortest paths there are, none through an entity twice', async () => {
    let compared = 0;
    for (const [from, to] of PATH_ENDS) {
      for (const first of [5, 20]) {
        const paths = (await run(PathsDocument, { from, to, maxHops: 3, first })).data!.paths;
        expect(paths.map((path) => path.length)).toEqual(await exhaustive(from, to, first));
        for (const path of paths) expect(new Set(path.nodes.map((node) => node.id)).size).toBe(path.length + 1);
        compared += paths.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('finds the same paths for a request that filters nothing as for one whose filter keeps every relation', async () => {
    // Asked for every kind of statement and no types (the explorer's default), the search tests no
    // relation it expands; naming every relation type, it tests each. Both find the shortest paths
    // there are over every kind of statement, claims included; where all the paths within 3 hops
    // are fewer than asked, both find every one of them.
    const ids = (paths: { relations: { id: string }[] }[]) =>
      paths.map((path) => path.relations.map((relation) => relation.id).join(' > ')).sort();
    let compared = 0;
    let whole = 0;
    for (const [from, to] of [...PATH_ENDS, ['lena', 'nevelskoy'] as const]) {
      for (const first of [1, 5, 20]) {
        const variables = { from, to, maxHops: 3, first, assertions: [...ASSERTION_KINDS] };
        const unfiltered = (await run(PathsDocument, variables)).data!.paths;
        const filtered = (await run(PathsDocument, { ...variables, types: [...RELATION_TYPE_NAMES] })).data!.paths;
        const lengths = await exhaustive(from, to, first, 3, true);
        expect(unfiltered.map((path) => path.length)).toEqual(lengths);
        expect(filtered.map((path) => path.length)).toEqual(lengths);
        if (lengths.length < first) {
          expect(ids(unfiltered)).toEqual(ids(filtered));
          whole += 1;
        }
        compared += unfiltered.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect(whole).toBeGreaterThan(2);
  });

  it('searches no longer paths when asked not to (the fallback when Neo4j has no memory for them)', async () => {
    const { database } = testNeo4jConnection();
    const runner = new QueryRunner(api.driver, new CypherLoader(), database);
    let compared = 0;
    for (const [from, to] of [
      ['nevelskoy', 'treaty-of-aigun'],
      ['putyatin', 'ignatiev'],
      ['muravyov', 'treaty-of-peking'],
    ] as const) {
      const lengths = await exhaustive(from, to, 20);
      const shortest = lengths.filter((length) => length === lengths[0]);
      // Longer paths there are, and fewer shortest than asked: with `longer` they would be searched.
      expect(lengths.length).toBeGreaterThan(shortest.length);
      const rows = await runner.read<{ relations: unknown[] }>('generated/graph/shortest-paths', {
        search: {
          from,
          to,
          maxHops: neo4j.int(3),
          types: null,
          first: neo4j.int(20),
          includeSuggested: false,
          assertions: ['FACT'],
          branching: 470,
          longer: false,
        },
        entityDetails: false,
        relationDetails: false,
        relationValues: false,
        evidence: false,
      });
      expect(rows.map((row) => row.relations.length)).toEqual(shortest);
      compared += rows.length;
    }
    expect(compared).toBeGreaterThan(3);
  });

  it('finds the same shortest paths wherever longer ones are joined', async () => {
    // Where paths of each length are joined follows from the ends' relations, those of their
    // neighbours, and the branching estimate: with none (0) paths of 4 relations are joined next
    // to an end, with the default or a huge one at the middle; paths of 3 next to the end with
    // fewer paths of two; and the patterns start at whichever end keeps fewer paths in memory,
    // so each pair is searched either way round.
    const { database } = testNeo4jConnection();
    let compared = 0;
    for (const branching of [0, PATH_BRANCHING, 1e9]) {
      const traversal = new TraversalRepository(new QueryRunner(api.driver, new CypherLoader(), database), branching);
      for (const [from, to] of [
        ['russia', 'kokand'],
        ['amur-right-bank', 'putyatin'],
        ['fyodor-golovin', 'golovkin'],
        ['golovkin', 'nesselrode'],
        ['lena', 'nevelskoy'],
        ['chernyshev', 'hua-shan'],
      ] as const) {
        for (const [a, b] of [[from, to] as const, [to, from] as const]) {
          const { paths } = await traversal.shortestPaths(a, b, 4, null, 20);
          expect(paths.map((path) => path.relations.length)).toEqual(await exhaustive(a, b, 20, 4));
          for (const path of paths) {
            // From a to b, whichever end the search started at: each relation links the entities
            // on either side of it.
            expect([path.nodes[0]!.id, path.nodes.at(-1)!.id]).toEqual([a, b]);
            path.relations.forEach(({ source, target }, hop) =>
              expect([source.id, target.id].sort()).toEqual([path.nodes[hop]!.id, path.nodes[hop + 1]!.id].sort()),
            );
          }
          compared += paths.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('draws neighbourhoods without duplicates and says when the limit cut them', async () => {
    const one = (await run(NeighbourhoodDocument, { ids: ['nevelskoy'], depth: 1 })).data!.neighbourhood;
    const two = (await run(NeighbourhoodDocument, { ids: ['nevelskoy'], depth: 2 })).data!.neighbourhood;
    expect(one.truncated).toBe(false);
    expect(one.relations.length).toBe(facts.filter((r) => r.source === 'nevelskoy' || r.target === 'nevelskoy').length);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    for (const view of [one, two]) {
      expect(new Set(view.nodes.map((n) => n.id)).size).toBe(view.nodes.length);
      expect(new Set(view.relations.map((r) => r.id)).size).toBe(view.relations.length);
      const nodes = new Set(view.nodes.map((n) => n.id));
      for (const r of view.relations) expect(nodes.has(r.source.id) && nodes.has(r.target.id)).toBe(true);
    }
    // Breadth first over the curated relations: every relation of an entity fewer than `depth`
    // hops away, and every entity at most `depth` hops away.
    for (const depth of [1, 2, 3]) {
      const starts = ['nevelskoy', 'putyatin'];
      const distance = new Map(starts.map((id) => [id, 0]));
      for (let hop = 1; hop <= depth; hop += 1) {
        for (const r of facts) {
          for (const [a, b] of [
            [r.source, r.target],
            [r.target, r.source],
          ] as const) {
            if (distance.get(a) === hop - 1 && !distance.has(b)) distance.set(b, hop);
          }
        }
      }
      const expected = facts.filter(
        (r) => (distance.get(r.source) ?? depth) < depth || (distance.get(r.target) ?? depth) < depth,
      );
      // The explorer's Neighbourhood leaves the values out (RelationOutline): asked for here.
      const { body } = await postQuery(
        api.server.baseUrl,
        `query($ids: [ID!]!, $depth: Int, $limit: Int) { neighbourhood(ids: $ids, depth: $depth, limit: $limit) {
          truncated nodes { id } relations { id type inferred start { iso } properties { key value } } } }`,
        { ids: starts, depth, limit: 1000 },
      );
      expect(body.errors).toBeUndefined();
      const view = body.data!.neighbourhood as {
        truncated: boolean;
        nodes: { id: string }[];
        relations: {
          id: string;
          type: string;
          inferred: boolean;
          start: { iso: string } | null;
          properties: { key: string; value: string }[];
        }[];
      };
      expect(view.truncated).toBe(false);
      expect(view.nodes.slice(0, 2).map((n) => n.id)).toEqual(starts);
      expect(view.nodes.map((n) => n.id).sort()).toEqual([...distance.keys()].sort());
      expect(view.relations.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
      // Read from the statement's columns and value pairs, as the curated data has them.
      for (const relation of view.relations) {
        const curated = graph.relations.find((r) => r.id === relation.id)!;
        expect(Object.fromEntries(relation.properties.map(({ key, value }) => [key, value]))).toEqual(
          curated.properties,
        );
        expect([relation.type, relation.inferred, relation.start?.iso ?? null]).toEqual([
          curated.type,
          curated.inferred,
          curated.start?.iso ?? null,
        ]);
      }
    }
    const cut = (await run(NeighbourhoodDocument, { ids: ['russia'], depth: 2, limit: 10 })).data!.neighbourhood;
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.relations).toHaveLength(10);
  });

  it('reads only the fields a query asks for, and answers them as a query asking for everything does', async () => {
    const BRIEF_ENTITY = 'id name type';
    const FULL_ENTITY = 'id name type germanName aliases description start { iso precision } end { iso }';
    const brief = `id type suggested source { ${BRIEF_ENTITY} } target { ${BRIEF_ENTITY} } evidence { documentId sentenceIndex sentence }`;
    const full = `id type suggested source { ${FULL_ENTITY} } target { ${FULL_ENTITY} }
      evidence { documentId sentenceIndex sentence quote } inferred reason start { iso } properties { key value }`;
    type Row = Record<string, unknown>;
    const post = async (query: string): Promise<Row> => {
      const { body } = await postQuery(api.server.baseUrl, query);
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    // The full answer cut down to the brief fields.
    const entityPart = ({ id, name, type }: Row) => ({ id, name, type });
    const relationPart = (r: Row) => ({
      id: r.id,
      type: r.type,
      suggested: r.suggested,
      source: entityPart(r.source as Row),
      target: entityPart(r.target as Row),
      evidence: (r.evidence as Row[]).map(({ documentId, sentenceIndex, sentence }) => ({
        documentId,
        sentenceIndex,
        sentence,
      })),
    });
    const views = [
      [
        (e: string, r: string) =>
          `{ neighbourhood(ids: ["nevelskoy", "putyatin"], depth: 2) { nodes { ${e} } relations { ${r} } } }`,
        (data: Row) => data.neighbourhood as { nodes: Row[]; relations: Row[] },
      ],
      [
        (e: string, r: string) =>
          `{ paths(from: "nevelskoy", to: "treaty-of-aigun", first: 5) { nodes { ${e} } relations { ${r} } } }`,
        (data: Row) => {
          const paths = data.paths as { nodes: Row[]; relations: Row[] }[];
          return { nodes: paths.flatMap((path) => path.nodes), relations: paths.flatMap((path) => path.relations) };
        },
      ],
      [
        (e: string, r: string) =>
          `{ entity(id: "muravyov") { ${e} relations(first: 50) { edges { node { ${r} } } } } }`,
        (data: Row) => {
          const { relations, ...entity } = data.entity as Row & { relations: { edges: { node: Row }[] } };
          return { nodes: [entity], relations: relations.edges.map((edge) => edge.node) };
        },
      ],
    ] as const;
    for (const [query, parts] of views) {
      const lean = parts(await post(query(BRIEF_ENTITY, brief)));
      const whole = parts(await post(query(FULL_ENTITY, full)));
      expect(lean.relations.length).toBeGreaterThan(1);
      expect(lean.nodes).toEqual(whole.nodes.map(entityPart));
      expect(lean.relations).toEqual(whole.relations.map(relationPart));
      // The whole answer has the details the brief one left out.
      const ends = whole.relations.flatMap((r) => [r.source as Row, r.target as Row]);
      expect([...whole.nodes, ...ends].some((e) => e.description !== null && (e.aliases as string[]).length > 0)).toBe(
        true,
      );
      expect(whole.relations.some((r) => r.start !== null)).toBe(true);
      // Own values and quotes are read only when asked for (relationValues, evidence): here they are.
      expect(whole.relations.some((r) => (r.properties as Row[]).length > 0)).toBe(true);
      expect(whole.relations.some((r) => (r.evidence as Row[]).some((e) => typeof e.quote === 'string'))).toBe(true);
    }
    // The entity whose relations are read in one statement with it is whole even so.
    const alone = await post('{ entity(id: "muravyov") { aliases description } }');
    const withRelations = await post(
      '{ entity(id: "muravyov") { aliases description relations(first: 5) { edges { node { id } } } } }',
    );
    expect((alone.entity as Row).aliases).not.toEqual([]);
    expect(withRelations.entity).toMatchObject(alone.entity as Row);
    // The timeline without evidence: the same entries in the same order.
    const timeline = async (evidence: string) =>
      (
        (
          await post(
            `{ timeline(from: "1850", to: "1860") { edges { node { label date { iso } relation { id ${evidence} } } } } }`,
          )
        ).timeline as { edges: { node: Row & { relation: Row | null } }[] }
      ).edges.map((edge) => edge.node);
    const withEvidence = await timeline('evidence { sentence }');
    const without = await timeline('');
    expect(without.length).toBeGreaterThan(10);
    expect(without).toEqual(
      withEvidence.map(({ relation, ...entry }) => ({ ...entry, relation: relation && { id: relation.id } })),
    );
  });

  it('keeps the timeline in order and includes whole named periods', async () => {
    const entries = async (variables: TimelineQueryVariables) =>
      (await run(TimelineDocument, variables)).data!.timeline.edges.map((edge) => edge.node);
    // Bounds are Gregorian days: the Treaty of Peking, 2 November 1860 Julian, is on 14 November.
    const day = await entries({ from: '1860-11-14', to: '1860-11-14', types: ['SIGNED'] });
    expect(day.map((e) => e.label)).toEqual(
      expect.arrayContaining(['Nikolay Ignatyev SIGNED Treaty of Peking (1860)']),
    );
    const year = await entries({ from: '1860', to: '1860', types: ['SIGNED'] });
    expect(year.length).toBeGreaterThanOrEqual(day.length);
    const month = await entries({ from: '1858-05', to: '1858-05', types: ['SIGNED', 'CEDED'] });
    expect(month.length).toBeGreaterThan(0);
    expect(month.filter((e) => !e.date.iso.startsWith('1858-05'))).toEqual([]);
    // Every neighbouring pair in order: by the first day each start covers, coarse precision first.
    const all = await entries({ first: 100 });
    expect(all.length).toBe(100);
    const keys = all.map((e) => [dayRange(e.date).first, precisionRank(e.date.precision)] as const);
    const outOfOrder = keys.filter(
      (key, i) => i > 0 && (keys[i - 1]![0] > key[0] || (keys[i - 1]![0] === key[0] && keys[i - 1]![1] > key[1])),
    );
    expect(outOfOrder).toEqual([]);
    expect(all.some((e) => e.entity !== null)).toBe(true);
  });

  it("gives a front end's lean timeline selection the explorer's labels, ends and evidence", async () => {
    // Without dates the statement reads no details; the answer must not change with it.
    const lean = await postQuery(
      api.server.baseUrl,
      `{ timeline(from: "1850", to: "1860", first: 100) { edges { cursor node { label
          entity { id name } relation { id type source { id name } target { id name } evidence { sentence } } } } } }`,
    );
    expect(lean.body.errors).toBeUndefined();
    const { data } = await run(TimelineDocument, { from: '1850', to: '1860', first: 100 });
    type Edge = {
      cursor: string;
      node: {
        label: string;
        entity: { id: string } | null;
        relation: { id: string; evidence: { sentence: string }[] } | null;
      };
    };
    const leanEdges = (lean.body.data!.timeline as { edges: Edge[] }).edges;
    const edges = data!.timeline.edges;
    expect(leanEdges.length).toBeGreaterThan(10);
    expect(leanEdges.map((e) => [e.cursor, e.node.label, e.node.entity?.id ?? e.node.relation!.id])).toEqual(
      edges.map((e) => [e.cursor, e.node.label, e.node.entity?.id ?? e.node.relation!.id]),
    );
    const sentences = (list: { sentence: string }[] | undefined) => (list ?? []).map((x) => x.sentence);
    expect(leanEdges.map((e) => sentences(e.node.relation?.evidence))).toEqual(
      edges.map((e) => sentences(e.node.relation?.evidence)),
    );
    expect(leanEdges.some((e) => sentences(e.node.relation?.evidence).length > 0)).toBe(true);
  });

  it("gives the explorer's timeline items the entries, names, types, dates, ends and kinds of the whole timeline, page by page", async () => {
    const variables = { from: '1849', to: '1860', first: 40 };
    const items: TimelineItemsQuery['timeline']['edges'] = [];
    const whole: TimelineQuery['timeline']['edges'] = [];
    let after: string | null = null;
    do {
      const [lean, full]: [GraphQLResponse<TimelineItemsQuery>, GraphQLResponse<TimelineQuery>] = await Promise.all([
        run(TimelineItemsDocument, { ...variables, after }),
        run(TimelineDocument, { ...variables, after }),
      ]);
      expect(lean.errors).toBeUndefined();
      items.push(...lean.data!.timeline.edges);
      whole.push(...full.data!.timeline.edges);
      expect(lean.data!.timeline.pageInfo).toEqual({
        hasNextPage: full.data!.timeline.pageInfo.hasNextPage,
        endCursor: full.data!.timeline.pageInfo.endCursor,
      });
      after = lean.data!.timeline.pageInfo.hasNextPage ? lean.data!.timeline.pageInfo.endCursor : null;
    } while (after);
    expect(items.length).toBeGreaterThan(40);
    // The explorer labels an entry from its names (the German ones for a German reader) and type, as
    // the API's English label does.
    const labelOf = ({ entity, relation }: TimelineItemsQuery['timeline']['edges'][number]['node']) =>
      entity ? entity.name : `${relation!.source.name} ${relation!.type} ${relation!.target.name}`;
    expect(items.map(({ node }) => [labelOf(node), node.date, node.entity, node.relation])).toEqual(
      whole.map(({ node }) => [
        node.label,
        node.date,
        node.entity && { id: node.entity.id, name: node.entity.name, germanName: node.entity.germanName },
        node.relation && {
          id: node.relation.id,
          type: node.relation.type,
          source: { name: node.relation.source.name, germanName: node.relation.source.germanName },
          target: { name: node.relation.target.name, germanName: node.relation.target.germanName },
          end: node.relation.end && { lastDay: node.relation.end.lastDay },
          assertion: { kind: node.relation.assertion.kind },
        },
      ]),
    );
    expect(items.some(({ node }) => node.relation?.end)).toBe(true);
  });

  it('finds every curated relation whose period overlaps a range, also those that began long before it', async () => {
    let runningInto = 0;
    for (const [from, to] of [
      ['1689', '1700'],
      ['1750', '1759'],
      ['1849', '1851'],
      ['1858-05', '1858-06'],
      ['1860-11-02', '1860-11-02'],
    ] as const) {
      const range = { first: dayBound(from).first, last: dayBound(to).last };
      const expected = facts.filter((r) => {
        const start = r.start ?? r.end;
        if (start === null) return false;
        const spanFrom = dayRange(start).first;
        const spanTo = dayRange(r.end ?? start).last;
        if (spanFrom < range.first && spanTo >= range.first) runningInto += 1;
        return spanFrom <= range.last && spanTo >= range.first;
      });
      expect(expected.length).toBeLessThanOrEqual(100);
      const { data } = await run(TimelineDocument, { from, to, types: [...RELATION_TYPE_NAMES], first: 100 });
      expect(data!.timeline.pageInfo.hasNextPage).toBe(false);
      expect(data!.timeline.edges.map((e) => e.node.relation!.id).sort()).toEqual(expected.map((r) => r.id).sort());
    }
    expect(runningInto).toBeGreaterThan(0);
  });

  it('counts the graph', async () => {
    const { data } = await run(StatsDocument);
    expect(data!.stats).toMatchObject({
      entities: graph.entities.length,
      relations: graph.relations.length,
      documents: 1,
      sentences: graph.documents[0]!.sentences.length,
    });
    expect(data!.stats.entitiesByType.reduce((sum, t) => sum + t.count, 0)).toBe(graph.entities.length);
  });
});
