import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import jsonld from 'jsonld';
import JSZip from 'jszip';
import { Parser as TurtleParser } from 'n3';
import { validateXML } from 'xmllint-wasm';
import { CypherLoader } from '../../../src/db/cypher-loader';
import { QueryRunner } from '../../../src/db/run-query';
import { ExportRepository } from '../../../src/graph/export.repository';
import type { ExportFilter } from '../../../src/export/export-request';
import { buildCuratedGraph } from '../../../src/ingest/build-curated-graph';
import { postQuery, startApiFixture, stopApiFixture, type ApiFixture } from '../../helpers/api-fixture';
import { testNeo4jConnection } from '../../helpers/test-neo4j';
import { gexfSchema, graphmlSchema } from '../../helpers/xml-schemas';

/**
 * The exports, over HTTP from the server as `npm start` runs it, against the curated graph in a
 * real Neo4j: each format read back by the tool or library made for it, with the graph's counts.
 */
describe('exporting the graph', () => {
  let api: ApiFixture;
  let stats: { entities: number; relations: number };
  const { graph } = buildCuratedGraph();
  /** Evidence sentences of the curated relations: one annotation each in the linked data. */
  const evidenceSentences = graph.relations.reduce(
    (sum, relation) =>
      sum +
      new Set(relation.evidence.flatMap((span) => span.sentenceIndexes.map((index) => `${span.documentId}:${index}`)))
        .size,
    0,
  );
  beforeAll(async () => {
    api = await startApiFixture();
    const { body } = await postQuery(api.server.baseUrl, '{ stats { entities relations } }');
    stats = body.data!.stats as typeof stats;
  });
  afterAll(() => stopApiFixture(api));

  const download = async (path: string) => {
    const response = await fetch(`${api.server.baseUrl}${path}`);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('reads the graph page after page (the next read while one is written), nothing lost or twice', async () => {
    const queries = new QueryRunner(api.driver, new CypherLoader(), testNeo4jConnection().database);
    const all: ExportFilter = { entityTypes: null, from: null, to: null, includeSuggested: false };
    const read = async (repository: ExportRepository) => {
      const entities: string[] = [];
      for await (const entity of repository.entities(all)) entities.push(entity.id);
      const relations: string[] = [];
      for await (const relation of repository.relations(all)) relations.push(relation.id);
      return { entities, relations };
    };
    const whole = await read(new ExportRepository(queries));
    // Pages of 7 entities and of 4 relations: dozens of pages, some ending inside a source's
    // relations (Russia has 70), the last ones short.
    const paged = await read(new ExportRepository(queries, { entities: 7, relations: 4 }));
    expect(whole.entities).toHaveLength(stats.entities);
    expect(whole.relations).toHaveLength(stats.relations);
    expect(paged).toEqual(whole);
    expect(new Set(paged.relations).size).toBe(stats.relations);
  });

  it('exports GraphML that the GraphML schema validates, with every entity and relation', async () => {
    const { response, bytes } = await download('/export/graph.graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const xml = bytes.toString('utf8');
    const result = await validateXML({
      xml: [{ fileName: 'amur.graphml', contents: xml }],
      ...(await graphmlSchema()),
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(stats.entities).toBe(graph.entities.length);
    expect(xml.match(/<node /g)?.length).toBe(stats.entities);
    expect(xml.match(/<edge /g)?.length).toBe(stats.relations);
    // Values as they are, not indented inside their element (a reader would take the spaces for
    // part of the value).
    expect(xml).toMatch(/<edge id="muravyov--SIGNED--treaty-of-aigun"[^>]*>\s*<data key="e_label">SIGNED<\/data>/);
    expect(xml).toContain('<data key="e_date">1858-05-16</data>');
  });

  it('exports GEXF 1.3 that the GEXF 1.3 schema validates, with every entity and relation', async () => {
    const { response, bytes } = await download('/export/graph.gexf');
    expect(response.status).toBe(200);
    const xml = bytes.toString('utf8');
    const result = await validateXML({ xml: [{ fileName: 'amur.gexf', contents: xml }], ...gexfSchema() });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml.match(/<node /g)?.length).toBe(stats.entities);
    expect(xml.match(/<edge /g)?.length).toBe(stats.relations);
  });

  it('exports GEXF 1.3 that graphology reads back: names per language, Wikidata, places, dates, evidence', async () => {
    const { response, bytes } = await download('/export/graph.gexf');
    expect(response.status).toBe(200);
    const xml = bytes.toString('utf8');
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    const read = parseGexf(Graph, xml);
    expect(read.order).toBe(stats.entities);
    expect(read.size).toBe(stats.relations);
    expect(read.getNodeAttributes('muravyov')).toMatchObject({
      label: 'Nikolay Muravyov-Amursky',
      type: 'PERSON',
      label_ru: 'Николай Николаевич Муравьёв-Амурский',
      label_de: 'Nikolai Nikolajewitsch Murawjow-Amurski',
    });
    const aigun = read.getNodeAttributes('aigun');
    expect(aigun.latitude).toBeCloseTo(graph.entities.find((entity) => entity.id === 'aigun')!.location!.latitude, 4);
    const signed = read.getEdgeAttributes('muravyov--SIGNED--treaty-of-aigun');
    expect(signed).toMatchObject({
      relationType: 'SIGNED',
      assertion: 'FACT',
      date: '1858-05-16',
      dateCalendar: 'JULIAN',
      // The Julian 16 May 1858 is the Gregorian 28 May.
      firstDay: '1858-05-28',
    });
    expect(signed.evidence).toContain('Am 16. Mai 1858 wurde der Vertrag von Aigun unterzeichnet');
    // GEXF's own time: the edge's spell, as Gephi's timeline reads it.
    expect(xml).toMatch(/<edge id="muravyov--SIGNED--treaty-of-aigun"[^>]* start="1858-05-28" end="1858-05-28"/);
    const claims = read.filterEdges((_edge, attributes) => attributes.assertion === 'CLAIM');
    expect(claims.length).toBeGreaterThan(0);
  });

  it('exports JSON-LD that expands, and Turtle with the same triples, an annotation per evidence sentence', async () => {
    const document = JSON.parse((await download('/export/graph.jsonld')).bytes.toString('utf8')) as object;
    const expanded = await jsonld.expand(document);
    expect(expanded.length).toBeGreaterThan(stats.entities + stats.relations);
    const fromJsonLd = (await jsonld.toRDF(document)) as unknown[];

    const { response, bytes } = await download('/export/graph.ttl');
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const triples = new TurtleParser().parse(bytes.toString('utf8'));
    // The same graph: as many distinct triples (a fact stated by two relations, such as two grants
    // of one treaty to one state, is one triple of RDF's set, written twice in the Turtle).
    const distinct = new Set(
      triples.map((triple) => `${triple.subject.id} ${triple.predicate.id} ${triple.object.id}`),
    );
    expect(distinct.size).toBe(fromJsonLd.length);
    const typed = (type: string) =>
      triples.filter(
        (triple) =>
          triple.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && triple.object.value === type,
      ).length;
    expect(typed('http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement')).toBe(stats.relations);
    expect(typed('http://www.w3.org/ns/oa#Annotation')).toBe(evidenceSentences);
    expect(typed('https://schema.org/Person')).toBe(graph.entities.filter((entity) => entity.type === 'PERSON').length);
    const sameAs = triples.filter((triple) => triple.predicate.value === 'http://www.w3.org/2002/07/owl#sameAs');
    expect(sameAs.length).toBe(graph.entities.filter((entity) => entity.wikidata).length);
    expect(sameAs[0]!.object.value).toMatch(/^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/);
  });

  it('exports CSV for Palladio and Gephi, zipped: nodes.csv and edges.csv', async () => {
    const { response, bytes } = await download('/export/graph.csv.zip');
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(bytes);
    const lines = async (name: string) => (await zip.file(name)!.async('string')).trimEnd().split('\n');
    const nodes = await lines('nodes.csv');
    expect(nodes[0]!.split(',').slice(0, 4)).toEqual(['Id', 'Label', 'type', 'label_en']);
    expect(nodes.length - 1).toBe(stats.entities);
    const edges = await lines('edges.csv');
    expect(edges[0]!.split(',').slice(0, 5)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label']);
    // A sentence of evidence may hold line breaks inside its quotes: count records by their ids.
    const ids = graph.relations.filter((relation) => edges.some((line) => line.includes(`,${relation.id},`)));
    expect(ids.length).toBe(stats.relations);
  });

  it('exports only the entity types and years asked for', async () => {
    const { bytes } = await download('/export/graph.gexf?types=PERSON,TREATY&from=1858&to=1858');
    const read = parseGexf(Graph, bytes.toString('utf8'));
    const types = new Set(read.mapNodes((_node, attributes) => attributes.type as string));
    expect([...types].sort()).toEqual(['PERSON', 'TREATY']);
    expect(read.size).toBeGreaterThan(0);
    read.forEachEdge((_edge, attributes) => {
      expect(Number(String(attributes.firstDay).slice(0, 4))).toBeLessThanOrEqual(1858);
      expect(Number(String(attributes.lastDay).slice(0, 4))).toBeGreaterThanOrEqual(1858);
    });
    expect(read.hasEdge('muravyov--SIGNED--treaty-of-aigun')).toBe(true);
  });

  it.each([
    ['/export/graph.pdf', 'format', 'unknown format "pdf"'],
    ['/export/graph.gexf?from=18x', 'from', '"18x" is not a year'],
    ['/export/graph.gexf?from=1860&to=1850', 'to', 'the wrong way round'],
    ['/export/graph.gexf?types=PERSON,KING', 'types', 'unknown entity type "KING"'],
    ['/export/graph.gexf?year=1858', 'year', 'unknown parameter year'],
    ['/export/graph.gexf?includeSuggested=perhaps', 'includeSuggested', 'neither true nor false'],
  ])('refuses %s with 400 naming %s', async (path, parameter, words) => {
    const { response, bytes } = await download(path);
    expect(response.status).toBe(400);
    const body = JSON.parse(bytes.toString('utf8')) as { error: string; parameter: string };
    expect(body.parameter).toBe(parameter);
    expect(body.error).toContain(words);
  });
});
