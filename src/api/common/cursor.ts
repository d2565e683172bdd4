import { BadUserInputError } from '../../errors/bad-user-input.error';

/** Opaque Relay cursors over a stable order: base64 of "offset:<n>". */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
}

/** The offset after the given cursor (0 without one); a cursor this API did not make is refused. */
export function offsetAfter(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  const match = /^offset:(\d{1,9})$/.exec(decoded);
  if (!match || encodeCursor(Number(match[1])) !== cursor) {
    throw new BadUserInputError('after is not a cursor returned by this API', 'after');
  }
  return Number(match[1]) + 1;
}
