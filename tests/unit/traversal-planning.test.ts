import type { QueryRunner } from '../../src/db/run-query';
import { OutOfTransactionMemoryError, ServiceUnavailableError } from '../../src/errors/service-unavailable.error';
import { joinPositions, MAX_PATH_HOPS, shortestPathsCypher } from '../../src/graph/statements/traversal.statements';
import { TraversalRepository } from '../../src/graph/traversal.repository';

/** A query runner that records the options each read was given and answers no rows. */
function recordingRunner() {
  const reads: { name: string; options: unknown }[] = [];
  let release: () => void = () => {};
  let held: Promise<void> | null = null;
  const runner = {
    read: async (name: string, _parameters: unknown, options: unknown = {}) => {
      reads.push({ name, options });
      if (held) await held;
      return [];
    },
  };
  return {
    runner: runner as unknown as QueryRunner,
    reads,
    hold: () => {
      held = new Promise((resolve) => (release = resolve));
    },
    release: () => {
      held = null;
      release();
    },
  };
}

describe('paths searches while Neo4j plans them', () => {
  it('may take as long as planning does until the warm-up is done, then their usual time', async () => {
    const { runner, reads, hold, release } = recordingRunner();
    const traversal = new TraversalRepository(runner);
    await traversal.shortestPaths('a', 'b', 4, null, 5);
    hold();
    const planning = traversal.plan();
    const beside = traversal.shortestPaths('a', 'b', 4, null, 5);
    release();
    await Promise.all([planning, beside]);
    await traversal.shortestPaths('a', 'b', 4, null, 5);
    const timeouts = reads.map(({ options }) => (options as { timeoutMs?: number }).timeoutMs ?? 'usual');
    // Before planning, the warm-up's own two reads, one beside them, and one after.
    expect(timeouts).toEqual([120_000, 120_000, 120_000, 120_000, 'usual']);
  });

  it('gives searches their usual time again when the warm-up fails', async () => {
    const read = jest
      .fn<Promise<unknown[]>, [string, unknown, unknown]>()
      .mockRejectedValueOnce(new Error('Neo4j away'))
      .mockResolvedValue([]);
    const traversal = new TraversalRepository({ read } as unknown as QueryRunner);
    await expect(traversal.plan()).rejects.toThrow('Neo4j away');
    await traversal.shortestPaths('a', 'b', 4, null, 5);
    expect(read.mock.calls.at(-1)![2]).toEqual({});
  });
});

describe('paths when the longer ones take more memory than Neo4j has', () => {
  const ROW = { nodes: [], relations: [] };
  const reading = (read: jest.Mock) => new TraversalRepository({ read } as unknown as QueryRunner);
  const searched = (read: jest.Mock) =>
    read.mock.calls.map(([, parameters]) => (parameters as { search: { longer: boolean } }).search.longer);

  it('answers the shortest paths alone instead of an error', async () => {
    const read = jest
      .fn<Promise<unknown[]>, [string, unknown, unknown]>()
      .mockRejectedValueOnce(new OutOfTransactionMemoryError())
      .mockResolvedValue([ROW, ROW]);
    const { paths, shortestOnly } = await reading(read).shortestPaths('a', 'b', 6, null, 5);
    expect(paths).toHaveLength(2);
    expect(shortestOnly).toBe(true);
    expect(searched(read)).toEqual([true, false]);
  });

  it('passes on any other failure, and one of the shortest paths alone', async () => {
    const away = jest
      .fn<Promise<unknown[]>, [string, unknown, unknown]>()
      .mockRejectedValue(new ServiceUnavailableError());
    await expect(reading(away).shortestPaths('a', 'b', 6, null, 5)).rejects.toThrow(ServiceUnavailableError);
    expect(searched(away)).toEqual([true]);
    const full = jest
      .fn<Promise<unknown[]>, [string, unknown, unknown]>()
      .mockRejectedValue(new OutOfTransactionMemoryError());
    await expect(reading(full).shortestPaths('a', 'b', 6, null, 1)).rejects.toThrow(OutOfTransactionMemoryError);
    expect(full).toHaveBeenCalledTimes(1);
  });
});

describe('where longer paths are joined', () => {
  it('at the middle entity or one either side, always between the ends', () => {
    expect([2, 3, 4, 5, 6].map(joinPositions)).toEqual([[1], [1, 2], [1, 2, 3], [1, 2, 3], [2, 3, 4]]);
  });

  it('by one block for each of those, run when joinAt names it', () => {
    const statement = shortestPathsCypher('first');
    const blocks = [
      ...statement.matchAll(/AND joinAt\[(\d)\] = (\d)[\s\S]*?MATCH p = (\(a\)[^\n]*)\n {2}USING JOIN ON x(\d)/g),
    ];
    const expected: string[] = [];
    for (let hops = 2; hops <= MAX_PATH_HOPS; hops += 1) {
      for (const at of joinPositions(hops)) expected.push(`${hops} at ${at}`);
    }
    expect(blocks.map(([, hops, at]) => `${hops} at ${at}`)).toEqual(expected);
    for (const [, hops, at, pattern, joined] of blocks) {
      // The block's pattern has as many relations as its length, and joins where its guard says.
      expect(pattern!.match(/-\[r\d+:/g)).toHaveLength(Number(hops));
      expect(joined).toBe(at);
    }
  });
});
