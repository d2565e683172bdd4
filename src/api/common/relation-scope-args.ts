import { Arg } from 'type-graphql';
import { FACTS_ONLY, type AssertionKind, type RelationScope } from '../../domain/assertion';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { AssertionKindEnum } from './graphql-enums';

/**
 * The `includeSuggested` argument of every query that returns relations: suggested relations
 * (from ingested documents, not yet reviewed) appear only when it is true.
 */
export function IncludeSuggestedArg(): ReturnType<typeof Arg> {
  return Arg('includeSuggested', () => Boolean, {
    defaultValue: false,
    nullable: true,
    description: 'Also relations suggested by ingested documents and not yet reviewed (marked `suggested`).',
  });
}

/**
 * The `assertions` argument of every query that returns relations: facts the text states unless
 * claims, plans or beliefs are asked for.
 */
export function AssertionsArg(): ReturnType<typeof Arg> {
  return Arg('assertions', () => [AssertionKindEnum], {
    defaultValue: [...FACTS_ONLY],
    nullable: true,
    description:
      'Which kinds of statement: facts the text states (the default), and claims, plans or beliefs ' +
      '(each marked in `assertion`, with who made it and what the text says of it). ' +
      'E.g. [FACT, CLAIM, PLAN, BELIEF] for all, [CLAIM] for claims alone.',
  });
}

/** Which relations a query follows, from its arguments; an empty `assertions` is refused. */
export function relationScope(
  includeSuggested: boolean | null | undefined,
  assertions: readonly AssertionKind[] | null | undefined,
): RelationScope {
  if (assertions?.length === 0) {
    throw new BadUserInputError(
      'assertions is empty: name at least one kind of statement (FACT, CLAIM, PLAN, BELIEF)',
      'assertions',
    );
  }
  return {
    includeSuggested: includeSuggested ?? false,
    assertions: assertions ? [...new Set(assertions)] : FACTS_ONLY,
  };
}
