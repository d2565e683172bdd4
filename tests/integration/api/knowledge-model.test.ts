import { buildCuratedGraph } from '../../../src/ingest/build-curated-graph';
import { postQuery, startApiFixture, stopApiFixture, type ApiFixture } from '../../helpers/api-fixture';

type Data = Record<string, unknown>;

/**
 * What the graph says beyond facts, against the curated graph in a real Neo4j: claims, plans and
 * beliefs apart from facts unless asked for, places on the earth, authority ids, and what the
 * source itself is.
 */
describe('the knowledge model', () => {
  let api: ApiFixture;
  const { graph } = buildCuratedGraph();
  beforeAll(async () => (api = await startApiFixture()));
  afterAll(() => stopApiFixture(api));
  const query = async (text: string): Promise<{ data: Data; errors?: { message: string; extensions?: Data }[] }> =>
    (await postQuery(api.server.baseUrl, text)).body as never;

  const relationsOf = (id: string, args = '') => `{
    entity(id: "${id}") {
      relations(first: 100${args}) {
        edges { node { id type source { id } target { id }
          assertion { kind verdict claimedBy { id name } verdictEvidence { sentence quote } } } }
      }
    }
  }`;
  type Edge = {
    node: {
      id: string;
      type: string;
      target: { id: string };
      assertion: {
        kind: string;
        verdict: string | null;
        claimedBy: { id: string; name: string } | null;
        verdictEvidence: { sentence: string; quote: string | null }[];
      };
    };
  };
  const edges = (data: Data) => (data.entity as { relations: { edges: Edge[] } }).relations.edges;

  it('keeps claims apart from facts unless they are asked for', async () => {
    const facts = edges((await query(relationsOf('gavrilov-expedition'))).data);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.map((edge) => edge.node.assertion.kind)).toEqual(facts.map(() => 'FACT'));
    expect(facts.map((edge) => edge.node.target.id)).not.toContain('sakhalin');

    api.statements.length = 0;
    const all = edges(
      (await query(relationsOf('gavrilov-expedition', ', assertions: [FACT, CLAIM, PLAN, BELIEF]'))).data,
    );
    // Who claimed it is read with the relations, not by a statement of its own after them.
    expect(api.statements).toEqual(['generated/graph/entity-relations']);
    const claim = all.find((edge) => edge.node.type === 'DISCOVERED' && edge.node.target.id === 'sakhalin');
    expect(claim?.node.assertion).toMatchObject({
      kind: 'CLAIM',
      verdict: 'REFUTED',
      claimedBy: { id: 'nesselrode', name: 'Karl Nesselrode' },
    });
    expect(claim!.node.assertion.verdictEvidence.map((evidence) => evidence.quote)).toContain(
      'Es wurde bewiesen, dass Sachalin eine Insel ist',
    );
    expect(all.length).toBe(facts.length + 1);

    const onlyClaims = edges((await query(relationsOf('gavrilov-expedition', ', assertions: [CLAIM]'))).data);
    expect(onlyClaims.map((edge) => edge.node.id)).toEqual([claim!.node.id]);
  });

  it('marks a cancelled expedition as a plan that did not happen', async () => {
    const plans = edges((await query(relationsOf('putyatin-expedition', ', assertions: [PLAN]'))).data);
    expect(plans.map((edge) => `${edge.node.type} ${edge.node.target.id}`)).toEqual(
      expect.arrayContaining(['LED putyatin-expedition', 'TRAVELLED_TO japan', 'PARTICIPATED_IN putyatin-expedition']),
    );
    for (const edge of plans) expect(edge.node.assertion.verdict).toBe('REFUTED');
  });

  it('keeps paths, neighbourhoods and the timeline to facts unless asked', async () => {
    const path = (args: string) =>
      `{ paths(from: "gavrilov-expedition", to: "sakhalin", maxHops: 1${args}) { relations { type assertion { kind } } } }`;
    type Paths = { relations: { type: string; assertion: { kind: string } }[] }[];
    // The one relation between them is Nesselrode's claim: no path of facts, one with claims.
    expect((await query(path(''))).data.paths).toEqual([]);
    expect((await query(path(', assertions: [FACT, CLAIM]'))).data.paths as Paths).toEqual([
      { relations: [{ type: 'DISCOVERED', assertion: { kind: 'CLAIM' } }] },
    ]);

    const hood = (args: string) =>
      `{ neighbourhood(ids: ["putyatin-expedition"], depth: 1${args}) { relations { id assertion { kind } } } }`;
    const factual = (await query(hood(''))).data.neighbourhood as { relations: { assertion: { kind: string } }[] };
    const everything = (await query(hood(', assertions: [FACT, CLAIM, PLAN, BELIEF]'))).data
      .neighbourhood as typeof factual;
    expect(factual.relations.map((r) => r.assertion.kind)).not.toContain('PLAN');
    expect(everything.relations.map((r) => r.assertion.kind)).toContain('PLAN');

    const timeline = (args: string) =>
      `{ timeline(from: "1858-05", to: "1858-05", first: 100${args}) { edges { node { relation { id assertion { kind } } } } } }`;
    type Timeline = { timeline: { edges: { node: { relation: { id: string } | null } }[] } };
    const ids = (data: Data) =>
      (data as Timeline).timeline.edges.flatMap((edge) => (edge.node.relation ? [edge.node.relation.id] : []));
    expect(ids((await query(timeline(''))).data)).not.toContain('qing-china--SETTLED--amur-right-bank');
    expect(ids((await query(timeline(', assertions: [PLAN]'))).data)).toContain('qing-china--SETTLED--amur-right-bank');
  });

  it('refuses an empty list of kinds of statement, naming the argument', async () => {
    const { errors } = await query(relationsOf('nesselrode', ', assertions: []'));
    expect(errors?.[0]?.message).toMatch(/assertions is empty/);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'assertions' });
  });

  it('places every place the explorer can draw on the earth, with a box for rivers and regions', async () => {
    const places = graph.entities.filter((entity) => entity.type === 'PLACE');
    const { data } = await query(
      `{ entities(type: PLACE, first: 100) { totalCount edges { node { id location { latitude longitude box { west south east north } } } } } }`,
    );
    const found = data.entities as { totalCount: number; edges: { node: { id: string; location: Data | null } }[] };
    expect(found.totalCount).toBe(places.length);
    expect(found.edges.filter((edge) => edge.node.location === null).map((edge) => edge.node.id)).toEqual([]);
    const { data: aigun } = await query(
      '{ aigun: entity(id: "aigun") { location { latitude longitude uncertaintyKm } } amur: entity(id: "amur") { location { box { west east } } } ussuri: entity(id: "ussuri-territory") { bounds } }',
    );
    expect(aigun.aigun).toEqual({ location: { latitude: 50.25, longitude: 127.47, uncertaintyKm: 5 } });
    expect(aigun.amur).toEqual({ location: { box: { west: 121.4, east: 141.2 } } });
    expect(aigun.ussuri).toEqual({ bounds: 'the land from the Ussuri to the sea (Treaty of Aigun, Article 1)' });
  });

  it('gives Wikidata ids of the right form', async () => {
    const { data } = await query(
      '{ entity(id: "qing-china") { wikidata wikidataUrl } treaty: entity(id: "treaty-of-aigun") { wikidata } }',
    );
    expect(data.entity).toEqual({ wikidata: 'Q8733', wikidataUrl: 'https://www.wikidata.org/wiki/Q8733' });
    expect(data.treaty).toEqual({ wikidata: null });
    for (const entity of graph.entities)
      if (entity.wikidata !== null) expect(entity.wikidata).toMatch(/^Q[1-9][0-9]*$/);
  });

  it('says what the source is: a German machine translation of a Russian article', async () => {
    const { data } = await query(
      '{ document(id: "vertrag-von-tianjin-1858") { language source { kind translatedFrom original known unknown } } }',
    );
    expect(data.document).toMatchObject({
      language: 'de',
      source: {
        kind: 'machine translation',
        translatedFrom: 'ru',
        unknown: expect.arrayContaining(['the author']) as unknown,
      },
    });
  });

  it('marks every sentence of the source that is evidence of a relation, with the relations', async () => {
    const document = graph.documents[0]!;
    const expected = new Map<number, Set<string>>();
    for (const relation of graph.relations) {
      for (const span of relation.evidence) {
        if (span.documentId !== document.id) continue;
        for (const index of span.sentenceIndexes)
          expected.set(index, (expected.get(index) ?? new Set()).add(relation.id));
      }
    }
    expect(expected.size).toBeGreaterThan(50);
    const marked = new Map<number, Set<string>>();
    let after: string | null = null;
    let total = 0;
    do {
      const { data } =
        await query(`{ document(id: "${document.id}") { sentences(first: 100${after ? `, after: "${after}"` : ''}) {
        edges { node { index evidenceOf } } pageInfo { hasNextPage endCursor } } } }`);
      const page = (
        data.document as {
          sentences: {
            edges: { node: { index: number; evidenceOf: string[] } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        }
      ).sentences;
      for (const { node } of page.edges) {
        total += 1;
        if (node.evidenceOf.length > 0) marked.set(node.index, new Set(node.evidenceOf));
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(document.sentences.length);
    expect(marked).toEqual(expected);
    // The sentence of Muravyov's signature at Aigun names it.
    const signed = graph.relations.find((relation) => relation.id === 'muravyov--SIGNED--treaty-of-aigun')!;
    expect(marked.get(signed.evidence[0]!.sentenceIndexes[0]!)).toContain(signed.id);
  });
});
