import { executeInProcess } from '../helpers/in-process-api';

const TOKEN = 'unit-admin-token-0123456789';
const REPORT = { id: 'amur-bericht', title: 'Ein Bericht', language: 'de', text: 'Murawjow unterzeichnete 1858.' };
const INGEST =
  'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { sentences suggestedEntities } }';

/**
 * Who may change the graph, and what a new document must be, decided before anything is read or
 * written: in process, where a repository call would fail the test.
 */
describe('mutations', () => {
  it('answer FORBIDDEN when the server has no admin token, writing nothing', async () => {
    const ingest = await executeInProcess(INGEST, { variables: { input: REPORT }, authorization: `Bearer ${TOKEN}` });
    expect(ingest.result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ingest.result.errors?.[0]?.message).toMatch(/started without KG_ADMIN_TOKEN/);
    const review = await executeInProcess('mutation { reviewSuggestion(id: "x", decision: ACCEPT) { id } }');
    expect(review.result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect([...ingest.reached, ...review.reached]).toEqual([]);
  });

  it.each([
    ['no token', undefined, /Authorization: Bearer/],
    ['a wrong token', 'Bearer not-the-admin-token-at-all', /not the admin token/],
    ['another scheme', `Basic ${TOKEN}`, /Authorization: Bearer/],
  ])('answer UNAUTHENTICATED with %s, writing nothing', async (_, authorization, message) => {
    const { result, reached } = await executeInProcess(INGEST, {
      variables: { input: REPORT },
      adminToken: TOKEN,
      ...(authorization && { authorization }),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(reached).toEqual([]);
  });

  it.each([
    ['empty text', { text: '' }, 'input.text', /^input\.text is empty$/],
    ['white space only', { text: ' \n\t\n ' }, 'input.text', /^input\.text is empty$/],
    ['text over 1 MB', { text: 'Amur. '.repeat(180_000) }, 'input.text', /is 1080000 bytes; the limit is 1048576/],
    ['an unpaired surrogate', { text: 'Der Amur \ud800 fließt.' }, 'input.text', /not valid UTF-8/],
    ['a replacement character', { text: 'Der Amur \ufffd fließt.' }, 'input.text', /not valid UTF-8/],
    ['an unknown language', { language: 'fr' }, 'input.language', /"fr" is not supported: use de or en/],
    ['an id with spaces', { id: 'mein bericht' }, 'input.id', /input\.id must be 1-100 letters/],
    ['an empty title', { title: '  ' }, 'input.title', /input\.title must not be empty/],
  ])(
    'refuse a document with %s with BAD_USER_INPUT naming the field, writing nothing',
    async (_, change, field, message) => {
      const { result, reached } = await executeInProcess(INGEST, {
        variables: { input: { ...REPORT, ...change } },
        adminToken: TOKEN,
        authorization: `Bearer ${TOKEN}`,
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: field });
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(reached).toEqual([]);
    },
  );
});
