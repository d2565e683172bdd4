import { BadUserInputError } from '../../errors/bad-user-input.error';
import { MAX_NEIGHBOURHOOD_DEPTH } from '../../graph/statements/traversal.statements';

/** The bounds of the API's arguments; each breach is a BAD_USER_INPUT error naming the argument. */
export const LIMITS = {
  first: { min: 1, max: 100 },
  pathsFirst: { min: 1, max: 20 },
  maxHops: { min: 1, max: 6 },
  depth: { min: 1, max: MAX_NEIGHBOURHOOD_DEPTH },
  limit: { min: 1, max: 1000 },
  ids: { min: 1, max: 100 },
  suggestions: { min: 1, max: 500 },
  mentions: { min: 1, max: 1000 },
  documents: { min: 1, max: 100 },
  sentenceIndex: { min: 0, max: 1_000_000 },
  text: { max: 200 },
} as const;

/** The value, or `fallback` when the client sent null; refused when out of range. */
export function checkRange(
  argument: string,
  given: number | null | undefined,
  { min, max }: { min: number; max: number },
  fallback = min,
): number {
  const value = given ?? fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argument} must be an integer from ${min} to ${max}, got ${value}`, argument);
  }
  return value;
}

export function checkText(argument: string, value: string): string {
  if (value.length > LIMITS.text.max) {
    throw new BadUserInputError(
      `${argument} must be at most ${LIMITS.text.max} characters, got ${value.length}`,
      argument,
    );
  }
  return value;
}
