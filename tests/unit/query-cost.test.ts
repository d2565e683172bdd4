import { parse, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../../src/api/build-api-schema';
import { queryCost } from '../../src/api/common/query-cost';

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

  it('refuses variables that do not fit, each time, keeping nothing for them', () => {
    const document = parse(SEARCH);
    expect(() => queryCost(schema, document, { first: 8 }, 'Search')).toThrow(/\$text/);
    expect(() => queryCost(schema, document, { first: 8 }, 'Search')).toThrow(/\$text/);
  });
});
