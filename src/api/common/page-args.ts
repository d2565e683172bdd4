import { ArgsType, Field, Int } from 'type-graphql';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { PageRequest } from '../../graph/keyset-page';
import { decodeCursor, type CursorList } from './cursor';
import { checkRange, checkText } from './limits';

/** The Relay arguments every connection takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page forward: how many items after `after` (or from the start).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor (`endCursor`) to page forward from.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Page backward: how many items before `before` (or up to the end). Not with `first`.',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor (`startCursor`) to page backward from.' })
  before?: string | null;
}

/**
 * The page the Relay arguments ask for; BAD_USER_INPUT naming the argument when they are out of
 * bounds, contradict each other or carry a cursor of another list. Without `first` or `last`, the
 * first `fallback` items.
 */
export function pageRequest(
  list: CursorList,
  { first, after, last, before }: PageArgs,
  bounds: { min: number; max: number },
  fallback: number,
): PageRequest {
  const given = (value: unknown) => value !== null && value !== undefined;
  if (given(first) && given(last)) {
    throw new BadUserInputError('give first (to page forward) or last (to page backward), not both', 'last');
  }
  const cursor = (argument: 'after' | 'before', value: string | null | undefined) =>
    value === null || value === undefined ? null : decodeCursor(list, argument, checkText(argument, value));
  const bounded = { after: cursor('after', after), before: cursor('before', before) };
  if (given(last)) return { direction: 'backward', size: checkRange('last', last, bounds), ...bounded };
  return { direction: 'forward', size: checkRange('first', first, bounds, fallback), ...bounded };
}
