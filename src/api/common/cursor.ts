import { createHash } from 'node:crypto';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { SortKey } from '../../graph/keyset-page';

/** The lists that hand out cursors; a cursor of one is refused by the others. */
export type CursorList = 'entities' | 'relations' | 'sentences' | 'timeline';

/** The kinds of the values of each list's sort key, for checking a cursor that comes back. */
export const CURSOR_SHAPES: Record<CursorList, readonly ('string' | 'number')[]> = {
  // name, id
  entities: ['string', 'string'],
  // relation type, the other end's name, id
  relations: ['string', 'string', 'string'],
  // index
  sentences: ['number'],
  // the timeline key: start, precision, id in one string (see timelineKey)
  timeline: ['string'],
};

/** A short checksum: a cursor that was edited by hand is refused rather than misread. */
function checksum(payload: string): string {
  return createHash('sha256').update(`amur-graph cursor\u0000${payload}`).digest('base64url').slice(0, 10);
}

/**
 * An opaque Relay cursor: the list it belongs to and the item's sort key (a keyset cursor, which
 * does not shift when items are added before it, as an offset would), with a checksum.
 */
export function encodeCursor(list: CursorList, key: SortKey): string {
  const payload = JSON.stringify([list, ...key]);
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${checksum(payload)}`;
}

/**
 * The sort key a cursor stands for; BAD_USER_INPUT naming the argument when the cursor is not one
 * this API handed out for this list (another list's, edited, or not a cursor at all).
 */
export function decodeCursor(list: CursorList, argument: string, cursor: string): SortKey {
  const refuse = (why: string) => new BadUserInputError(`${argument} is not a cursor of this list: ${why}`, argument);
  const [encoded, sum, ...rest] = cursor.split('.');
  if (encoded === undefined || sum === undefined || rest.length > 0 || !/^[A-Za-z0-9_-]+$/.test(encoded)) {
    throw refuse('pass a cursor exactly as the API returned it');
  }
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  if (checksum(payload) !== sum) throw refuse('it was changed or truncated');
  let values: unknown;
  try {
    values = JSON.parse(payload);
  } catch {
    throw refuse('it was changed or truncated');
  }
  if (!Array.isArray(values) || typeof values[0] !== 'string') throw refuse('it was changed or truncated');
  const [from, ...key] = values as [string, ...unknown[]];
  if (from !== list) throw refuse(`it belongs to the ${from} list, not to the ${list} list`);
  const shape = CURSOR_SHAPES[list];
  if (key.length !== shape.length || key.some((value, i) => typeof value !== shape[i])) {
    throw refuse('it was changed or truncated');
  }
  return key as SortKey;
}
