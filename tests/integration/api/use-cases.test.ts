import {
  NevelskoyToAigunDocument,
  OpposedAmurExpeditionsDocument,
  QingCededDocument,
  TimelineDocument,
  TreatySignatoriesDocument,
} from '../../../src/generated/graphql';
import { startApiFixture, stopApiFixture, type ApiFixture } from '../../helpers/api-fixture';
import { executeOperation } from '../../helpers/graphql-client';

/** The operations in schema/operations that answer the product's headline questions. */
describe('use-case operations against the curated graph', () => {
  let api: ApiFixture;
  beforeAll(async () => (api = await startApiFixture()));
  afterAll(() => stopApiFixture(api));

  it('says who opposed the Amur expeditions, and how', async () => {
    const { data, errors } = await executeOperation(api.server.baseUrl, OpposedAmurExpeditionsDocument);
    expect(errors).toBeUndefined();
    const opponents = (
      entity:
        | { relations: { edges: { node: { source: { id: string }; properties: { key: string; value: string }[] } }[] } }
        | null
        | undefined,
    ) =>
      Object.fromEntries(
        entity!.relations.edges.map(({ node }) => [
          node.source.id,
          node.properties.find((p) => p.key === 'how')?.value,
        ]),
      );
    expect(opponents(data?.putyatinExpedition)).toEqual({
      nesselrode: expect.stringContaining('cancelled') as unknown,
      'russian-finance-ministry': expect.stringContaining('roubles') as unknown,
    });
    expect(opponents(data?.nevelskoy)).toEqual({ 'special-committee': expect.stringContaining('demotion') as unknown });
    expect(opponents(data?.amurRegion)).toMatchObject({
      'special-committee': expect.stringContaining('renounced') as unknown,
      nesselrode: expect.any(String) as unknown,
    });
    expect(Object.keys(opponents(data?.amurExpedition))).toEqual(['special-committee']);
    for (const edge of data!.nevelskoy!.relations.edges) {
      expect(edge.node.evidence[0]?.sentence).toMatch(/Sonderkomitee.*Degradierung zu Matrosen/);
    }
  });

  it('finds the chain from Nevelskoy to the Treaty of Aigun, every hop with its evidence', async () => {
    const { data, errors } = await executeOperation(api.server.baseUrl, NevelskoyToAigunDocument, {});
    expect(errors).toBeUndefined();
    const paths = data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.map((path) => path.length)).toEqual([...paths.map((path) => path.length)].sort());
    const [shortest] = paths;
    expect(shortest!.nodes[0]!.id).toBe('nevelskoy');
    expect(shortest!.nodes.at(-1)!.id).toBe('treaty-of-aigun');
    expect(
      paths.some((path) => path.nodes.map((node) => node.id).join(' > ') === 'nevelskoy > muravyov > treaty-of-aigun'),
    ).toBe(true);
    for (const path of paths) {
      for (const hop of path.relations) expect(hop.evidence.length).toBeGreaterThan(0);
    }
  });

  it('lists who signed or negotiated each treaty, and when', async () => {
    const { data } = await executeOperation(api.server.baseUrl, TreatySignatoriesDocument);
    // The request's sizes (kept under the cost that runs alone) cut nothing of the curated graph.
    expect(data!.entities.pageInfo.hasNextPage).toBe(false);
    expect(data!.entities.edges.filter(({ node }) => node.relations.pageInfo.hasNextPage)).toEqual([]);
    const treaties = Object.fromEntries(
      data!.entities.edges.map(({ node }) => [
        node.id,
        node.relations.edges.map(({ node: r }) => `${r.type} ${r.source.id} ${r.start?.iso ?? '-'}`).sort(),
      ]),
    );
    expect(treaties['treaty-of-tianjin']).toEqual(
      expect.arrayContaining(['SIGNED putyatin 1858-06-13', 'SIGNED hua-shan 1858-06-13']),
    );
    expect(treaties['treaty-of-nerchinsk']).toEqual(expect.arrayContaining(['SIGNED fyodor-golovin 1689-08-27']));
    expect(treaties['treaty-of-aigun']).toEqual(
      expect.arrayContaining([
        'NEGOTIATED muravyov 1858-05',
        'NEGOTIATED yi-shan 1858-05',
        'SIGNED muravyov 1858-05-16',
      ]),
    );
    expect(treaties['treaty-of-peking']).toEqual(expect.arrayContaining(['SIGNED ignatiev 1860-11-02']));
  });

  it('says what Qing China ceded, by which treaty, to whom', async () => {
    const { data } = await executeOperation(api.server.baseUrl, QingCededDocument);
    const cessions = data!.entity!.relations.edges.map(({ node }) => ({
      territory: node.target.id,
      ...Object.fromEntries(node.properties.map(({ key, value }) => [key, value])),
      date: node.start?.iso,
    }));
    expect(cessions).toEqual(
      expect.arrayContaining([
        { territory: 'amur-left-bank', treaty: 'treaty-of-aigun', recipient: 'russia', date: '1858-05-16' },
        { territory: 'ussuri-territory', treaty: 'treaty-of-peking', recipient: 'russia', date: '1860-11-02' },
      ]),
    );
  });

  it("names the entities a cession's values point to, and only for the values that are ids", async () => {
    const { data, errors } = await executeOperation(api.server.baseUrl, QingCededDocument);
    expect(errors).toBeUndefined();
    const aigun = data!.entity!.relations.edges.find(({ node }) => node.target.id === 'amur-left-bank')!.node;
    expect(aigun.properties).toEqual([
      {
        key: 'recipient',
        value: 'russia',
        entity: { id: 'russia', name: 'Russian Empire', germanName: 'Russisches Reich' },
      },
      {
        key: 'treaty',
        value: 'treaty-of-aigun',
        entity: { id: 'treaty-of-aigun', name: 'Treaty of Aigun (1858)', germanName: 'Vertrag von Aigun' },
      },
    ]);
    // How someone opposed is text: it names no entity.
    const opposed = await executeOperation(api.server.baseUrl, OpposedAmurExpeditionsDocument);
    const how = opposed.data!.amurExpedition!.relations.edges.flatMap(({ node }) =>
      node.properties.filter((property) => property.key === 'how'),
    );
    expect(how.length).toBeGreaterThan(0);
    expect(how.map((property) => property.entity)).toEqual(how.map(() => null));
  });

  it('tells the years 1849-1860 in order, the last day of 1860 included', async () => {
    const { data, errors } = await executeOperation(api.server.baseUrl, TimelineDocument, {
      from: '1849',
      to: '1860',
      types: ['SIGNED', 'NEGOTIATED', 'CEDED', 'TRANSFERRED', 'FOUNDED', 'DISCOVERED', 'LED', 'OPPOSED', 'ENDED'],
      first: 100,
    });
    expect(errors).toBeUndefined();
    const entries = data!.timeline.edges.map((edge) => edge.node);
    const dates = entries.map((entry) => entry.date.iso);
    expect(dates.length).toBeGreaterThan(30);
    const labels = entries.map((entry) => entry.label);
    expect(labels).toEqual(expect.arrayContaining(['Gennady Nevelskoy DISCOVERED Nevelskoy Strait']));
    expect(labels.some((label) => label.includes('Treaty of Peking (1860)'))).toBe(true);
    const years = dates.map((iso) => Number(iso.padEnd(4, '0').slice(0, 4)));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
});
