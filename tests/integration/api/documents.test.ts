import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import type { Driver } from 'neo4j-driver';
import { CypherLoader } from '../../../src/db/cypher-loader';
import {
  DocumentDetailsDocument,
  IngestDocumentDocument,
  ReviewSuggestionDocument,
  SuggestionsDocument,
  type SuggestionDetailsFragment,
} from '../../../src/generated/graphql';
import { buildCuratedGraph } from '../../../src/ingest/build-curated-graph';
import { curatedFilesVersion } from '../../../src/ingest/curated-files-version';
import { ensureLinkKeys } from '../../../src/ingest/ensure-link-keys';
import { postQuery, startApiFixture, stopApiFixture, type ApiFixture } from '../../helpers/api-fixture';
import { cypherWith, graphCounts } from '../../helpers/graph-state';
import { executeOperation } from '../../helpers/graphql-client';
import { testNeo4jConnection } from '../../helpers/test-neo4j';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { temporaryFolder } from '../../helpers/temporary-folder';

const TOKEN = 'test-admin-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const REPORT_TEXT = readFileSync(path.join(__dirname, '../../fixtures/documents/amur-bericht.de.txt'), 'utf8');
const cypher = new CypherLoader();

async function deleteIngestedData(driver: Driver) {
  await driver.executeQuery(
    cypher.load('documents/delete-ingested-data'),
    {},
    { database: testNeo4jConnection().database },
  );
}

describe('ingesting documents and reviewing suggestions', () => {
  let api: ApiFixture;
  let admin: TestServer;
  beforeAll(async () => {
    api = await startApiFixture();
    await deleteIngestedData(api.driver);
    admin = await startTestServer(api.driver, { adminToken: TOKEN });
  });
  afterAll(async () => {
    await deleteIngestedData(api.driver);
    await admin?.close();
    await stopApiFixture(api);
  });

  const ingest = (input: Record<string, unknown>, headers: Record<string, string> = AUTH, server = admin) =>
    postQuery(
      server.baseUrl,
      'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { sentences mentions suggestedEntities suggestedRelations } }',
      { input },
      headers,
    );
  const report = { id: 'amur-bericht', title: 'Ein Bericht über die Amur-Frage', language: 'de', text: REPORT_TEXT };

  async function suggestions(documentId: string, status?: 'PENDING' | 'ACCEPTED' | 'REJECTED') {
    const { data, errors } = await executeOperation(admin.baseUrl, SuggestionsDocument, {
      documentId,
      ...(status && { status }),
      first: 500,
    });
    expect(errors).toBeUndefined();
    return data!.suggestions;
  }

  const relationKey = (s: SuggestionDetailsFragment) =>
    `${s.relationType}(${s.source?.id ?? `?${s.sourceName}`},${s.target?.id ?? `?${s.targetName}`})`;

  describe('authorisation', () => {
    // Refusals that need no database (no admin token set, a missing or wrong token) run in
    // process: tests/unit/mutation-access.test.ts.
    it('keeps reads public on a server with an admin token', async () => {
      const { body } = await postQuery(admin.baseUrl, '{ documents { id curated } suggestions { id } }');
      expect(body.errors).toBeUndefined();
      expect(body.data?.documents).toEqual([{ id: 'vertrag-von-tianjin-1858', curated: true }]);
    });
  });

  describe('bad input', () => {
    // The input checks that need no database run in process: tests/unit/mutation-access.test.ts.
    it('refuses the id of the curated document with BAD_USER_INPUT naming the field, writing nothing', async () => {
      const before = await graphCounts(api.driver);
      const { status, body } = await ingest({ ...report, id: 'vertrag-von-tianjin-1858' });
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.id' });
      expect(body.errors?.[0]?.message).toMatch(/id of a curated document/);
      expect(await graphCounts(api.driver)).toEqual(before);
    });

    it('refuses the id of an entity: ids are unique across documents and entities', async () => {
      const { body } = await ingest({ ...report, id: 'muravyov' });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.id' });
      expect(body.errors?.[0]?.message).toMatch(/is the id of an entity/);
    });
  });

  describe('a new German text about the same events', () => {
    let pending: SuggestionDetailsFragment[];
    let ingested: { alreadyKnown: number };
    beforeAll(async () => {
      const { data, errors } = await executeOperation(admin.baseUrl, IngestDocumentDocument, { input: report }, AUTH);
      expect(errors).toBeUndefined();
      ingested = data!.ingestDocument;
      expect(data!.ingestDocument).toMatchObject({
        document: { id: 'amur-bericht', title: report.title, language: 'de', curated: false, sentenceCount: 11 },
        sentences: 11,
        ambiguousMentions: 0,
        suggestedEntities: 3,
      });
      pending = await suggestions('amur-bericht', 'PENDING');
    });

    it('links the known entities it names, in spellings the annotations do not list', async () => {
      const { data } = await executeOperation(admin.baseUrl, DocumentDetailsDocument, { id: 'amur-bericht', first: 2 });
      const document = data!.document!;
      expect(document.sentences.totalCount).toBe(11);
      expect(document.sentences.edges.map((edge) => edge.node.index)).toEqual([0, 1]);
      expect(document.sentences.pageInfo.hasNextPage).toBe(true);
      const linked = document.mentions.map((m) => `${m.sentenceIndex}:${m.text}=${m.entity.id}`);
      expect(linked).toEqual(
        expect.arrayContaining([
          '1:Gennadi Newelskoj=nevelskoy',
          '1:Mündung des Amur=amur-estuary',
          '1:Meerenge zwischen dem Festland und der Insel Sachalin=tatar-strait',
          '2:Nikolai Murawjew=muravyov',
          '2:Amur-Expedition=amur-expedition',
          '3:Graf Nesselrode=nesselrode',
          '4:Murawjew=muravyov',
          '4:Flößerei=amur-raftings',
          '5:Petropawlowsk=petropavlovsk',
          '7:Kosaken=cossacks',
          '7:Seja=zeya',
          '8:Yi Shan=yi-shan',
          '8:Vertrag von Aigun=treaty-of-aigun',
          '9:linke Ufer des Amur=amur-left-bank',
          '10:Hof der Qing=qing-court',
        ]),
      );
      // "Seja" inside the new name "Ust-Seja" is not the river.
      expect(linked.filter((m) => m.endsWith('=zeya'))).toHaveLength(1);
    });

    it('suggests the new names with types guessed from the words around them', () => {
      const entities = pending.filter((s) => s.kind === 'ENTITY').map((s) => `${s.name}:${s.entityType}`);
      expect(entities.sort()).toEqual(['Olivuza:SHIP', 'Ust-Seja:PLACE', 'Wassili Sawoiko:PERSON']);
    });

    it('suggests the relations its sentences state, each with its evidence sentence', () => {
      const relations = pending.filter((s) => s.kind === 'RELATION');
      expect(relations.map(relationKey).sort()).toEqual([
        'FOUNDED(cossacks,?Ust-Seja)',
        'LOCATED_IN(?Ust-Seja,zeya)',
        'OPPOSED(nesselrode,amur-expedition)',
        'OPPOSED(qing-court,treaty-of-aigun)',
        'SUPPORTED(muravyov,amur-expedition)',
      ]);
      const opposed = relations.find((s) => relationKey(s) === 'OPPOSED(nesselrode,amur-expedition)')!;
      expect(opposed.evidence.sentence).toBe('Graf Nesselrode war ein entschiedener Gegner der Amur-Expedition.');
      expect(opposed.confidence).toBeGreaterThan(0);
      expect(opposed.confidence).toBeLessThanOrEqual(1);
      // What the curated graph already holds (Muravyov and Yi Shan signed the treaty, Nevelskoy
      // discovered the strait, the transport Baikal he sailed on reached the estuary, ...) is found
      // but not suggested.
      expect(ingested.alreadyKnown).toBe(7);
    });

    it('keeps suggestions out of curated queries unless includeSuggested is asked for', async () => {
      const statsBefore = await postQuery(admin.baseUrl, '{ stats { relations } }');
      const curatedOnly = await postQuery(
        admin.baseUrl,
        `{ entity(id: "nesselrode") { relations(first: 100) { edges { node { type suggested target { id } } } } }
         paths(from: "qing-court", to: "treaty-of-aigun", maxHops: 1) { length }
         neighbourhood(ids: ["qing-court"]) { relations { suggested } }
         timeline(from: "1859", to: "1859", first: 100) { edges { node { relation { suggested } } } } }`,
      );
      expect(curatedOnly.body.errors).toBeUndefined();
      const data = curatedOnly.body.data as {
        entity: { relations: { edges: { node: { type: string; suggested: boolean; target: { id: string } } }[] } };
        paths: unknown[];
        neighbourhood: { relations: { suggested: boolean }[] };
        timeline: { edges: { node: { relation: { suggested: boolean } | null } }[] };
      };
      expect(data.entity.relations.edges.length).toBeGreaterThan(0);
      expect(data.entity.relations.edges.filter((edge) => edge.node.suggested)).toEqual([]);
      expect(data.paths).toEqual([]);
      expect(data.neighbourhood.relations.length).toBeGreaterThan(0);
      expect(data.neighbourhood.relations.filter((relation) => relation.suggested)).toEqual([]);
      expect(data.timeline.edges.length).toBeGreaterThan(0);
      expect(data.timeline.edges.filter((edge) => edge.node.relation?.suggested)).toEqual([]);

      const withSuggested = await postQuery(
        admin.baseUrl,
        `{ entity(id: "nesselrode") { relations(first: 100, includeSuggested: true) { edges { node { type suggested suggestionId target { id } } } } }
         paths(from: "qing-court", to: "treaty-of-aigun", maxHops: 1, includeSuggested: true) { relations { type suggested } }
         neighbourhood(ids: ["qing-court"], includeSuggested: true) { relations { suggested } }
         timeline(from: "1859", to: "1859", first: 100, includeSuggested: true) { edges { node { relation { type suggested } } } } }`,
      );
      expect(withSuggested.body.errors).toBeUndefined();
      const more = withSuggested.body.data as {
        entity: {
          relations: {
            edges: { node: { type: string; suggested: boolean; suggestionId: string; target: { id: string } } }[];
          };
        };
        paths: { relations: { type: string; suggested: boolean }[] }[];
        neighbourhood: { relations: { suggested: boolean }[] };
        timeline: { edges: { node: { relation: { type: string; suggested: boolean } | null } }[] };
      };
      const suggested = more.entity.relations.edges.filter((edge) => edge.node.suggested);
      expect(suggested.map((edge) => `${edge.node.type}:${edge.node.target.id}`)).toEqual(['OPPOSED:amur-expedition']);
      expect(pending.map((s) => s.id)).toContain(suggested[0]!.node.suggestionId);
      expect(more.paths[0]?.relations).toEqual([{ type: 'OPPOSED', suggested: true }]);
      expect(more.neighbourhood.relations.some((relation) => relation.suggested)).toBe(true);
      // The sentence of the OPPOSED suggestion names 1859, so the suggestion is dated 1859.
      expect(more.timeline.edges.some((edge) => edge.node.relation?.suggested)).toBe(true);

      const statsAfter = await postQuery(admin.baseUrl, '{ stats { relations } }');
      expect(statsAfter.body.data).toEqual(statsBefore.body.data);
    });
  });

  describe('reviewing', () => {
    const review = (id: string, decision: 'ACCEPT' | 'REJECT', reviewer?: string) =>
      executeOperation(admin.baseUrl, ReviewSuggestionDocument, { id, decision, ...(reviewer && { reviewer }) }, AUTH);
    let pending: SuggestionDetailsFragment[];
    beforeAll(async () => {
      pending = await suggestions('amur-bericht', 'PENDING');
    });
    const find = (predicate: (s: SuggestionDetailsFragment) => boolean) => {
      const found = pending.find(predicate);
      if (!found) throw new Error('expected suggestion missing');
      return found;
    };

    it('turns an accepted relation into a curated fact that records who, when and from which suggestion', async () => {
      const opposed = find((s) => relationKey(s) === 'OPPOSED(nesselrode,amur-expedition)');
      const { data, errors } = await review(opposed.id, 'ACCEPT', 'Historikerin A.');
      expect(errors).toBeUndefined();
      expect(data!.reviewSuggestion).toMatchObject({ status: 'ACCEPTED', reviewedBy: 'Historikerin A.' });
      const { body } = await postQuery(
        admin.baseUrl,
        '{ entity(id: "nesselrode") { relations(first: 100, types: [OPPOSED]) { edges { node { target { id } suggested suggestionId reviewedBy reviewedAt evidence { sentence } } } } } }',
      );
      const edges = (body.data as { entity: { relations: { edges: { node: Record<string, unknown> }[] } } }).entity
        .relations.edges;
      const accepted = edges.find((edge) => edge.node.suggestionId === opposed.id)!.node;
      expect(accepted).toMatchObject({
        target: { id: 'amur-expedition' },
        suggested: false,
        reviewedBy: 'Historikerin A.',
        evidence: [{ sentence: 'Graf Nesselrode war ein entschiedener Gegner der Amur-Expedition.' }],
      });
      expect(Date.parse(String(accepted.reviewedAt))).toBeGreaterThan(Date.now() - 60_000);
    });

    it('refuses to review a suggestion twice, or one that does not exist', async () => {
      const opposed = find((s) => relationKey(s) === 'OPPOSED(nesselrode,amur-expedition)');
      const twice = await review(opposed.id, 'REJECT');
      expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(twice.errors?.[0]?.message).toMatch(/already accepted by Historikerin A\./);
      const unknown = await review('no-such-suggestion', 'ACCEPT');
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('accepts a relation to a new name only after the entity is accepted, then links both', async () => {
      const founded = find((s) => relationKey(s) === 'FOUNDED(cossacks,?Ust-Seja)');
      const early = await review(founded.id, 'ACCEPT');
      expect(early.errors?.[0]?.message).toMatch(/"Ust-Seja", is not a known entity yet: accept the entity suggestion/);

      const ustSeja = find((s) => s.kind === 'ENTITY' && s.name === 'Ust-Seja');
      const accepted = await review(ustSeja.id, 'ACCEPT');
      expect(accepted.data!.reviewSuggestion.acceptedEntity).toMatchObject({ id: 'ust-seja', type: 'PLACE' });
      const resolved = await postQuery(admin.baseUrl, '{ resolve(name: "Ust-Seja", first: 1) { id } }');
      expect(resolved.body.data).toEqual({ resolve: [{ id: 'ust-seja' }] });

      const now = await review(founded.id, 'ACCEPT');
      expect(now.errors).toBeUndefined();
      expect(now.data!.reviewSuggestion).toMatchObject({
        status: 'ACCEPTED',
        reviewedBy: 'admin',
        target: { id: 'ust-seja' },
      });
      const { body } = await postQuery(
        admin.baseUrl,
        '{ entity(id: "ust-seja") { relations { edges { node { type source { id } } } } } }',
      );
      expect(JSON.stringify(body.data)).toContain('"type":"FOUNDED","source":{"id":"cossacks"}');
    });

    it('keeps a rejected suggestion, marked, and does not suggest it again when the text is ingested again', async () => {
      const olivuza = find((s) => s.kind === 'ENTITY' && s.name === 'Olivuza');
      const rejected = await review(olivuza.id, 'REJECT');
      expect(rejected.data!.reviewSuggestion).toMatchObject({ status: 'REJECTED', reviewedBy: 'admin' });

      const again = await executeOperation(admin.baseUrl, IngestDocumentDocument, { input: report }, AUTH);
      expect(again.errors).toBeUndefined();
      // Olivuza was rejected and the OPPOSED relation accepted. Ust-Seja is an entity now, linked
      // as a mention, and FOUNDED from the Cossacks to it a relation the graph holds.
      expect(again.data!.ingestDocument).toMatchObject({ alreadyReviewed: 2, alreadyKnown: 8, suggestedEntities: 1 });
      const now = await suggestions('amur-bericht');
      expect(now.filter((s) => s.name === 'Olivuza').map((s) => s.status)).toEqual(['REJECTED']);
      expect(now.filter((s) => s.status === 'ACCEPTED')).toHaveLength(3);
      expect(now.filter((s) => s.status === 'PENDING').map(relationKey)).not.toContain('FOUNDED(cossacks,ust-seja)');
    });

    it('keeps mentions and accepted facts when the curated graph is reloaded', async () => {
      const { graph } = buildCuratedGraph();
      await api.service.repositories.curation.load(graph, curatedFilesVersion());
      const { body } = await postQuery(
        admin.baseUrl,
        `{ entity(id: "nesselrode") { relations(first: 100, types: [OPPOSED]) { edges { node { reviewedBy } } } }
           document(id: "amur-bericht") { mentions { entity { id } } } }`,
      );
      const data = body.data as {
        entity: { relations: { edges: { node: { reviewedBy: string | null } }[] } };
        document: { mentions: { entity: { id: string } }[] };
      };
      expect(data.entity.relations.edges.map((edge) => edge.node.reviewedBy)).toContain('Historikerin A.');
      expect(data.document.mentions.map((m) => m.entity.id)).toEqual(
        expect.arrayContaining(['nesselrode', 'ust-seja']),
      );
    });

    it('links an entity stored before link keys once the start-up has added them, and only then', async () => {
      const database = testNeo4jConnection().database;
      await api.driver.executeQuery(
        "MATCH (e:Entity {id: 'ust-seja'}) REMOVE e.linkKeyText WITH 1 AS done MATCH (s:SchemaVersion {id: 'link-keys'}) DELETE s",
        {},
        { database },
      );
      const check = {
        id: 'link-keys-check',
        title: 'Ust-Seja',
        language: 'de',
        text: 'Die Kosaken bauten Ust-Seja aus.',
      };
      const mentioned = async () => {
        const ingested = await executeOperation(admin.baseUrl, IngestDocumentDocument, { input: check }, AUTH);
        expect(ingested.errors).toBeUndefined();
        const { body } = await postQuery(
          admin.baseUrl,
          '{ document(id: "link-keys-check") { mentions { entity { id } } } }',
        );
        return (body.data as { document: { mentions: { entity: { id: string } }[] } }).document.mentions.map(
          (m) => m.entity.id,
        );
      };
      // Without its keys the entity is not found: the ingest reads only the entities the index finds.
      expect(await mentioned()).toEqual(['cossacks']);

      const lines: string[] = [];
      expect(await ensureLinkKeys(api.service.repositories, (line) => lines.push(line))).toEqual({ added: 1 });
      expect(lines.at(-1)).toMatch(/^Added link keys to 1 entities in \d+\.\d s\.$/);
      expect(await mentioned()).toEqual(['cossacks', 'ust-seja']);
      // Recorded: the next start reads the record and looks at no entity.
      expect(await ensureLinkKeys(api.service.repositories, (line) => lines.push(line))).toEqual({ added: 0 });
    });

    it("makes every entity's link keys again when the graph records keys of another version", async () => {
      const database = testNeo4jConnection().database;
      await api.driver.executeQuery(
        "MATCH (s:SchemaVersion {id: 'link-keys'}) SET s.hash = 'an-older-version' WITH 1 AS done MATCH (e:Entity {id: 'nesselrode'}) SET e.linkKeyText = 'stale'",
        {},
        { database },
      );
      const { records } = await api.driver.executeQuery(
        'MATCH (e:Entity) RETURN count(e) AS entities',
        {},
        { database },
      );
      const entities = Number(records[0]!.get('entities'));
      expect(await ensureLinkKeys(api.service.repositories, () => undefined)).toEqual({ added: entities });
      const { records: keys } = await api.driver.executeQuery(
        "MATCH (e:Entity {id: 'nesselrode'}) RETURN e.linkKeyText AS keys",
        {},
        { database },
      );
      expect(keys[0]!.get('keys')).not.toBe('stale');
      // The spelling key of "Nesselrode" (doubled letters folded), a one-word name of his.
      expect(String(keys[0]!.get('keys')).split(' ')).toContain('neselrode');
    });

    it('accepts a relation corrected first (type, date), records the corrections, and refuses wrong ones', async () => {
      const open = (await suggestions('amur-bericht', 'PENDING')).filter(
        (s) =>
          s.kind === 'RELATION' && s.source && s.target && ['PERSON', 'STATE', 'ORGANIZATION'].includes(s.source.type),
      );
      expect(open.length).toBeGreaterThan(0);
      const chosen = open[0]!;
      const correct = (decision: 'ACCEPT' | 'REJECT', correction: Record<string, string>) =>
        executeOperation(
          admin.baseUrl,
          ReviewSuggestionDocument,
          { id: chosen.id, decision, reviewer: 'Historiker B.', correction },
          AUTH,
        );

      const refusals = await Promise.all([
        correct('REJECT', { date: '1855' }),
        correct('ACCEPT', { targetId: 'no-such-entity' }),
        correct('ACCEPT', { relationType: 'BORDERS' }),
        correct('ACCEPT', { date: '1855-13' }),
      ]);
      expect(refusals.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(Array(4).fill('BAD_USER_INPUT'));
      expect(refusals.map((answer) => answer.errors?.[0]?.message)).toEqual([
        'a correction goes with ACCEPT of a relation suggestion only',
        'correction.targetId "no-such-entity" names no entity',
        expect.stringMatching(/^a BORDERS relation cannot run from a \w+ \(.+\) to a/),
        'correction.date: month 13 is out of range in "1855-13"',
      ]);

      const type = chosen.relationType === 'SUPPORTED' ? 'OPPOSED' : 'SUPPORTED';
      const accepted = await correct('ACCEPT', { relationType: type, date: '1855' });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.reviewSuggestion).toMatchObject({
        status: 'ACCEPTED',
        reviewedBy: 'Historiker B.',
        relationType: type,
        corrections: [`relationType: ${chosen.relationType} -> ${type}`, 'date: -> 1855'],
      });
      const { body } = await postQuery(
        admin.baseUrl,
        `{ node(id: "reviewed:${chosen.id}") { ... on Relation { type reviewedBy start { iso precision } source { id } target { id } } } }`,
      );
      expect(body.data).toEqual({
        node: {
          type,
          reviewedBy: 'Historiker B.',
          start: { iso: '1855', precision: 'YEAR' },
          source: { id: chosen.source!.id },
          target: { id: chosen.target!.id },
        },
      });
    });
  });

  describe('re-ingesting', () => {
    const shorter = { ...report, id: 'kurzbericht', text: 'Graf Nesselrode war ein Gegner der Amur-Expedition.\n' };

    it('replaces sentences, mentions and pending suggestions of the same id at once', async () => {
      const first = await executeOperation(
        admin.baseUrl,
        IngestDocumentDocument,
        { input: { ...report, id: 'kurzbericht' } },
        AUTH,
      );
      expect(first.data!.ingestDocument.sentences).toBe(11);
      // The first version has pending suggestions beyond its first sentence, for the second to replace.
      const before = await suggestions('kurzbericht', 'PENDING');
      expect(before.filter((s) => s.evidence.sentenceIndex > 0).length).toBeGreaterThan(0);
      const second = await executeOperation(admin.baseUrl, IngestDocumentDocument, { input: shorter }, AUTH);
      expect(second.errors).toBeUndefined();
      const { data } = await executeOperation(admin.baseUrl, DocumentDetailsDocument, { id: 'kurzbericht' });
      expect(data!.document!.sentenceCount).toBe(1);
      expect(data!.document!.mentions.map((m) => m.entity.id).sort()).toEqual(['amur-expedition', 'nesselrode']);
      // None of them is left: the one sentence there is now proposes only what was reviewed already.
      const pending = await suggestions('kurzbericht', 'PENDING');
      expect(pending.filter((s) => s.evidence.sentenceIndex > 0)).toEqual([]);
    });

    it('leaves the previous version whole when writing the new one fails', async () => {
      const before = await graphCounts(api.driver);
      // A Cypher loader whose suggestion statement fails: the transaction has already deleted the
      // old sentences and written the new ones when it does.
      const failing = cypherWith({ 'documents/write-suggestions': 'RETURN 1 / 0 AS suggestions' });
      const broken = await startTestServer(api.driver, { adminToken: TOKEN, cypher: failing });
      try {
        const { body } = await ingest({ ...report, id: 'kurzbericht' }, AUTH, broken);
        expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        await broken.close();
      }
      expect(await graphCounts(api.driver)).toEqual(before);
      const { data } = await executeOperation(admin.baseUrl, DocumentDetailsDocument, { id: 'kurzbericht' });
      expect(data!.document!.sentenceCount).toBe(1);
    });
  });

  describe('one pipeline', () => {
    it('gives the same suggestions for the same text through the CLI (npm run ingest:text) and the mutation', async () => {
      // A held-out text, new to the graph: its names and relations are suggested, not known.
      const { text } = parse(readFileSync(path.join(__dirname, '../../../data/eval/peking-1860.de.yaml'), 'utf8')) as {
        text: string;
      };
      const file = path.join(temporaryFolder('one-pipeline-'), 'peking-1860.txt');
      writeFileSync(file, text);
      const viaApi = await ingest({ id: 'one-pipeline-api', title: 'Peking 1860', language: 'de', text });
      expect(viaApi.body.errors).toBeUndefined();
      const connection = testNeo4jConnection();
      await promisify(execFile)(
        process.execPath,
        [
          'dist/src/cli/main.js',
          'ingest-text',
          file,
          '--id',
          'one-pipeline-cli',
          '--title',
          report.title,
          '--lang',
          'de',
        ],
        {
          cwd: path.join(__dirname, '../../..'),
          env: {
            PATH: process.env.PATH ?? '',
            ...(process.env.JAVA_HOME && { JAVA_HOME: process.env.JAVA_HOME }),
            NEO4J_URI: connection.uri,
            NEO4J_USER: connection.user,
            NEO4J_PASSWORD: connection.password ?? '',
            NEO4J_DATABASE: connection.database,
          },
        },
      );
      const comparable = (list: SuggestionDetailsFragment[]) =>
        list
          .map((s) =>
            JSON.stringify([
              s.kind,
              s.name,
              s.entityType,
              s.relationType,
              s.sourceName,
              s.targetName,
              s.confidence,
              s.rule,
              s.date,
              s.evidence.sentenceIndex,
              s.evidence.quote,
            ]),
          )
          .sort();
      const api = comparable(await suggestions('one-pipeline-api'));
      const cli = comparable(await suggestions('one-pipeline-cli'));
      expect(api.length).toBeGreaterThan(15);
      expect(cli).toEqual(api);
    }, 60_000);
  });
});
