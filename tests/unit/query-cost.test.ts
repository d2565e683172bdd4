import { parse, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../../src/api/build-api-schema';
import { HEAVY_QUERY_COST, queryCost } from '../../src/api/common/query-cost';
import { LANDING_STORIES, USERS_OPERATIONS, type WorkloadPools } from '../../bench/users-workload';
import { Random } from '../../bench/synthetic-graph';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});
const SEARCH =
  'query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score entity { id name } } }';

describe('the cost of a query', () => {
  it('grows with the page asked for, and is the same again for the same document and variables', () => {
    const document = parse(SEARCH);
    const eight = queryCost(schema, document, { text: 'Mura', first: 8 }, 'Search');
    const hundred = queryCost(schema, document, { text: 'Mura', first: 100 }, 'Search');
    expect(hundred).toBeGreaterThan(eight * 10);
    expect(queryCost(schema, document, { text: 'Mura', first: 8 }, 'Search')).toBe(eight);
    // Kept or not, the cost is the one a fresh document is weighed at.
    expect(queryCost(schema, parse(SEARCH), { text: 'Mura', first: 100 }, 'Search')).toBe(hundred);
  });

  it('does not depend on the words of a string: a search typed letter by letter costs the same', () => {
    const document = parse(SEARCH);
    const costs = ['M', 'Mu', 'Mur', 'Murawjow'].map((text) =>
      queryCost(schema, document, { text, first: 8 }, 'Search'),
    );
    expect(new Set(costs).size).toBe(1);
    expect(costs[0]).toBe(queryCost(schema, parse(SEARCH), { text: 'Amur', first: 8 }, 'Search'));
  });

  it('counts the ids asked for, not what they say', () => {
    const document = parse('query N($ids: [ID!]!) { nodes(ids: $ids) { id } }');
    const two = queryCost(schema, document, { ids: ['a', 'b'] });
    expect(queryCost(schema, document, { ids: ['russia', 'qing-china'] })).toBe(two);
    expect(queryCost(schema, document, { ids: ['a', 'b', 'c', 'd'] })).toBeGreaterThan(two);
  });

  it("keeps the explorer's own requests under the cost that runs alone", () => {
    // A query that runs alone makes every other costly one wait: the landing page's treaty story
    // (50 treaties of 50 relations, 195,801) did so each time it was asked.
    // Every request of the benchmark's users' mix (the explorer's operations with its variables:
    // a neighbourhood of 300, entity details of 100, 5 paths, ...), from a hub, and every story.
    const pools: WorkloadPools = {
      byDegree: ['nevelskoy', 'treaty-of-aigun'],
      hubs: ['russia'],
      nameOf: (id) => id,
      years: [1858],
      longestSpans: new Map(),
    };
    const random = new Random(1);
    const requests = [
      ...LANDING_STORIES,
      ...USERS_OPERATIONS.map((operation) => operation.request(random, pools, 'russia')),
    ].map(({ query, variables }) => ({ document: parse(query), variables }));
    expect(requests.length).toBeGreaterThanOrEqual(LANDING_STORIES.length + 6);
    for (const { document, variables } of requests) {
      expect(queryCost(schema, document, variables)).toBeLessThan(HEAVY_QUERY_COST);
    }
  });

  it('refuses variables that do not fit, each time, keeping nothing for them', () => {
    const document = parse(SEARCH);
    expect(() => queryCost(schema, document, { first: 8 }, 'Search')).toThrow(/\$text/);
    expect(() => queryCost(schema, document, { first: 8 }, 'Search')).toThrow(/\$text/);
  });
});
