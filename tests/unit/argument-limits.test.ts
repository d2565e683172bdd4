import { executeInProcess } from '../helpers/in-process-api';

/**
 * Argument bounds and refusals: the API decides them before it asks the database, so they run in
 * process, and a repository call would fail the test.
 */
describe('the API refuses arguments out of bounds, naming them, before it reads anything', () => {
  async function expectBadInput(query: string, message: RegExp, variables?: Record<string, unknown>) {
    const { result, reached } = await executeInProcess(query, { variables });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(reached).toEqual([]);
  }

  it.each([
    ['{ resolve(name: "Amur", first: 0) { id } }', /^first must be an integer from 1 to 100, got 0$/],
    ['{ search(text: "Amur", first: 101) { score } }', /^first must be an integer from 1 to 100, got 101$/],
    ['{ entities(first: 1000) { totalCount } }', /first must be an integer from 1 to 100/],
    ['{ paths(from: "a", to: "b", maxHops: 7) { length } }', /^maxHops must be an integer from 1 to 6, got 7$/],
    ['{ paths(from: "a", to: "b", first: 21) { length } }', /^first must be an integer from 1 to 20, got 21$/],
    ['{ neighbourhood(ids: ["amur"], depth: 4) { truncated } }', /^depth must be an integer from 1 to 3, got 4$/],
    ['{ neighbourhood(ids: ["amur"], limit: 1001) { truncated } }', /^limit must be an integer from 1 to 1000/],
    ['{ neighbourhood(ids: []) { truncated } }', /^number of ids must be an integer from 1 to 100, got 0$/],
    [
      '{ entities(after: "bm90IGEgY3Vyc29y") { totalCount } }',
      /^after is not a cursor of this list: pass a cursor exactly as the API returned it$/,
    ],
    [
      '{ entities(first: 5, last: 5) { totalCount } }',
      /^give first \(to page forward\) or last \(to page backward\), not both$/,
    ],
    ['{ entities(last: 0) { totalCount } }', /^last must be an integer from 1 to 100, got 0$/],
    ['{ timeline(from: "1858-13") { edges { cursor } } }', /^from: month 13 is out of range/],
    ['{ timeline(from: "Mai 1858") { edges { cursor } } }', /^from: "Mai 1858" is not a date/],
    ['{ timeline(from: "1860", to: "1858") { edges { cursor } } }', /^from \(1860\) is after to \(1858\)$/],
    ['{ nodes(ids: []) { id } }', /^number of ids must be an integer from 1 to 100, got 0$/],
  ])('refuses %s', async (query, message) => {
    await expectBadInput(query, message);
  });
});
