import { getIntrospectionQuery, print } from 'graphql';
import { COMPILE_AFTER_EXECUTIONS } from '../../src/api/compiled-execution';
import {
  EntityDetailsDocument,
  NeighbourhoodDocument,
  PathsDocument,
  TimelineDocument,
} from '../../src/generated/graphql';
import { startApiFixture, stopApiFixture, type ApiFixture } from '../helpers/api-fixture';

const ALL_KINDS = ['FACT', 'CLAIM', 'PLAN', 'BELIEF'];

/**
 * The API executes a query with graphql-js until it has run COMPILE_AFTER_EXECUTIONS times, then
 * with graphql-jit's compiled form: a user asking the same thing again must get the same answer,
 * errors included, byte for byte.
 */
describe('compiled queries', () => {
  let api: ApiFixture;
  beforeAll(async () => (api = await startApiFixture()), 120_000);
  afterAll(() => stopApiFixture(api));

  it.each([
    ['entity details', print(EntityDetailsDocument), { id: 'muravyov', first: 100, assertions: ALL_KINDS }],
    ['a neighbourhood', print(NeighbourhoodDocument), { ids: ['russia'], depth: 1, limit: 300, assertions: ALL_KINDS }],
    ['paths', print(PathsDocument), { from: 'nevelskoy', to: 'treaty-of-aigun', first: 5, assertions: ALL_KINDS }],
    ['a timeline page', print(TimelineDocument), { from: '1849', to: '1860', first: 100 }],
    ['node by id', '{ node(id: "muravyov--SIGNED--treaty-of-aigun") { __typename id } }', {}],
    ['an error of a resolver', 'query($v: String) { timeline(from: $v) { edges { cursor } } }', { v: '18x' }],
    ['an ill-typed variable', 'query($n: Int) { entities(first: $n) { totalCount } }', { n: 'many' }],
    ['the introspection query', getIntrospectionQuery(), {}],
  ])('answers %s the same before and after it is compiled', async (_name, query, variables) => {
    const answers: { status: number; body: string }[] = [];
    for (let n = 0; n < COMPILE_AFTER_EXECUTIONS + 1; n += 1) {
      // Each with an Accept of its own, so that the response cache does not answer it again.
      const response = await fetch(`${api.server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: `application/json, text/plain;q=0.${n + 1}` },
        body: JSON.stringify({ query, variables }),
      });
      expect(response.headers.get('x-cache')).not.toBe('hit');
      answers.push({ status: response.status, body: await response.text() });
    }
    expect(answers.slice(1)).toEqual(answers.slice(1).map(() => answers[0]));
    expect(answers[0]!.body.length).toBeGreaterThan(50);
  });
});
