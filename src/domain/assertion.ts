/**
 * Whose statement a relation is, and of what kind. Most relations are facts the text states; some
 * are what someone in the text claimed, planned or believed, which the text may go on to confirm
 * or refute (Nesselrode telling the emperor that the Amur was inaccessible, an expedition ordered
 * and then cancelled). Shaped after the factoid model of prosopography (a source says that someone
 * asserted something) and Wikidata's statements, whose qualifiers name who said it and whose ranks
 * set a refuted statement apart from the rest: see data/README.md.
 */

/** What kind of statement a relation is. */
export const ASSERTION_KINDS = ['FACT', 'CLAIM', 'PLAN', 'BELIEF'] as const;
export type AssertionKind = (typeof ASSERTION_KINDS)[number];

/** What the text itself says of a claim, plan or belief. */
export const VERDICTS = ['CONFIRMED', 'DISPUTED', 'REFUTED', 'UNVERIFIED'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ASSERTION_MEANINGS: Record<AssertionKind, string> = {
  FACT: 'The text states it as fact.',
  CLAIM: 'Someone in the text said it (claimedBy); the verdict says whether the text bears it out.',
  PLAN: 'A plan, order or proposal; the verdict says whether it was carried out (REFUTED: it was not).',
  BELIEF: 'Someone in the text believed or expected it (claimedBy); the verdict says whether it held.',
};

export const VERDICT_MEANINGS: Record<Verdict, string> = {
  CONFIRMED: 'The text shows it true, or the plan carried out.',
  DISPUTED: 'The text reports others contesting it.',
  REFUTED: 'The text shows it false, or the plan not carried out.',
  UNVERIFIED: 'The text does not say.',
};

/** What queries follow unless asked for more: facts only. */
export const FACTS_ONLY: readonly AssertionKind[] = ['FACT'];

/** Which relations a query follows: the kinds of statement, and whether unreviewed suggestions too. */
export interface RelationScope {
  assertions: readonly AssertionKind[];
  includeSuggested: boolean;
}

export const DEFAULT_SCOPE: RelationScope = { assertions: FACTS_ONLY, includeSuggested: false };
