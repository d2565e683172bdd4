import { readDependencies } from '../../bench/replay-reads';

const read = (sentAt: number, answeredAt: number) => ({ sentAt, answeredAt });

describe('readDependencies', () => {
  it('lets reads sent together wait for nothing', () => {
    expect(readDependencies([read(0, 5), read(0.2, 9), read(0.3, 4)])).toEqual([[], [], []]);
  });

  it('makes a hub page wait for the read that answered before it was sent, not for one still in flight', () => {
    // relations (0) answered at 7; the written-out page (2) was sent at 7.2, while mentions (1) ran until 92.
    expect(readDependencies([read(0, 7), read(0.1, 92), read(7.2, 30)])).toEqual([[], [], [0]]);
  });

  it('makes a read wait for every read that had answered, whatever the order they are listed in', () => {
    expect(readDependencies([read(4, 5), read(0, 1), read(2, 3), read(2.5, 10)])).toEqual([[1, 2], [], [1], [1]]);
  });

  it('gives nothing for no reads', () => {
    expect(readDependencies([])).toEqual([]);
  });
});
