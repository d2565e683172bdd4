import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CypherLoader } from '../../src/db/cypher-loader';
import { ASSERTION_KINDS } from '../../src/domain/assertion';
import { ingestDocument } from '../../src/ingest/ingest-document';
import { firstPage, type PageRequest } from '../../src/graph/keyset-page';
import { FULL_PROJECTION } from '../../src/graph/model';
import { entityRelationsParameters, type RelationFilter } from '../../src/graph/relation.repository';
import { startApiFixture, stopApiFixture, type ApiFixture } from '../helpers/api-fixture';

const REPORT_TEXT = readFileSync(path.join(__dirname, '../fixtures/documents/amur-bericht.de.txt'), 'utf8');

type Row = { id: string; entity?: unknown[] | null; relation: unknown[] | null; key: unknown[] | null };

/**
 * An entity's page of relations comes from one of two statements: entity-relations, with the type
 * as a value, and, for entities of many relations (a hub's thousands), entity-relations-written-out,
 * with a branch for each type. The curated entities have far fewer, so only this test reads their
 * pages the second way: both must give the same pages, in the same order, for every filter.
 */
describe('the entity-relations statements', () => {
  let api: ApiFixture;
  let ids: string[];

  beforeAll(async () => {
    api = await startApiFixture();
    // Suggested relations, for the filters that include them.
    await ingestDocument(api.service.repositories, {
      id: 'entity-relations-check',
      title: 'Bericht',
      language: 'de',
      text: REPORT_TEXT,
    });
    const { records } = await api.driver.executeQuery(
      `MATCH (e:Entity)-[r]-(:Entity) WITH e, count(r) AS degree, count(CASE WHEN type(r) = 'SUGGESTED' THEN 1 END) AS suggested
       RETURN e.id AS id ORDER BY suggested > 0 DESC, degree DESC, id LIMIT 8`,
      {},
      { database: api.service.connection.database },
    );
    ids = records.map((record) => record.get('id') as string);
  }, 120_000);
  // The shared graph as the other suites expect it: curated data alone.
  afterAll(async () => {
    await api?.driver.executeQuery(
      new CypherLoader().load('documents/delete-ingested-data'),
      {},
      {
        database: api.service.connection.database,
      },
    );
    await stopApiFixture(api);
  });

  const pages = async (filter: RelationFilter) => {
    const page = entityRelationsParameters(ids, filter);
    const { queries } = api.service;
    const rows = await queries.read<Row>('generated/graph/entity-relations', { page, ...FULL_PROJECTION });
    const writtenOut = await queries.read<Row>('generated/graph/entity-relations-written-out', {
      page,
      ...FULL_PROJECTION,
    });
    const relations = (list: Row[]) =>
      list.filter((row) => row.relation !== null).map((row) => [row.id, row.relation![0], row.key]);
    return { byValue: relations(rows), writtenOut: relations(writtenOut) };
  };

  const all: RelationFilter = {
    types: null,
    direction: 'BOTH',
    includeSuggested: false,
    assertions: [...ASSERTION_KINDS],
    page: firstPage(20),
  };
  const backward: PageRequest = { ...firstPage(20), direction: 'backward' };

  it.each<[string, Partial<RelationFilter>]>([
    ['every relation', {}],
    ['backward', { page: backward }],
    ['outgoing', { direction: 'OUT' }],
    ['incoming', { direction: 'IN' }],
    ['some types', { types: ['SIGNED', 'LED', 'LOCATED_IN', 'PART_OF'] }],
    ['with suggestions', { includeSuggested: true }],
    ['claims and plans', { assertions: ['CLAIM', 'PLAN'] }],
    ['pages of 3', { page: firstPage(3) }],
  ])('give the same pages: %s', async (_name, change) => {
    const filter = { ...all, ...change };
    const { byValue, writtenOut } = await pages(filter);
    expect(byValue.length).toBeGreaterThan(0);
    expect(writtenOut).toEqual(byValue);
    if (filter.includeSuggested) {
      expect(byValue.filter(([, id]) => String(id).startsWith('suggested:')).length).toBeGreaterThan(0);
    }
    // The next page, after the key in the middle of this one, and the page before its last key.
    const most = ids.map((id) => byValue.filter(([of]) => of === id)).sort((a, b) => b.length - a.length)[0]!;
    const keys = most.map(([, , key]) => key as (string | number)[]);
    expect(keys.length).toBeGreaterThan(1);
    const middle = keys[Math.floor(keys.length / 2)]!;
    const last = keys[keys.length - 1]!;
    for (const page of [
      { ...filter.page, after: middle },
      { ...filter.page, before: last, direction: 'backward' as const },
    ]) {
      const next = await pages({ ...filter, page });
      expect(next.byValue.length).toBeGreaterThan(0);
      expect(next.writtenOut).toEqual(next.byValue);
    }
  });

  it('count the relations a filter keeps only when the projection asks for totals', async () => {
    const filter: RelationFilter = { ...all, types: ['SIGNED', 'LED', 'LOCATED_IN', 'PART_OF'] };
    const { relations } = api.service.repositories;
    const counted = await relations.ofEntities(ids, filter, FULL_PROJECTION);
    const uncounted = await relations.ofEntities(ids, filter, { ...FULL_PROJECTION, totals: false });
    const { records } = await api.driver.executeQuery(
      `UNWIND $ids AS id MATCH (e:Entity {id: id})
       RETURN id, COUNT { (e)-[:SIGNED|LED|LOCATED_IN|PART_OF]-(:Entity) } AS total`,
      { ids },
      { database: api.service.connection.database },
    );
    expect(records.length).toBe(ids.length);
    for (const record of records) {
      const id = record.get('id') as string;
      expect(counted.get(id)?.total).toBe(Number(record.get('total')));
      expect(uncounted.get(id)?.total).toBeNull();
      expect(uncounted.get(id)?.relations).toEqual(counted.get(id)?.relations);
    }
    expect([...counted.values()].some((page) => (page.total ?? 0) > 0)).toBe(true);
  });
});
