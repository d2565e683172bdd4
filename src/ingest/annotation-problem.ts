import { UserFacingError } from '../errors/user-facing.error';

/** One thing wrong with the curated annotations, named so a curator can find and fix it. */
export interface AnnotationProblem {
  /** Relative to the project root, e.g. data/annotations/relations.yaml. */
  file: string;
  /** Which entry: an entity id, or a relation's position and summary. */
  entry: string;
  reason: string;
}

export function formatProblem({ file, entry, reason }: AnnotationProblem): string {
  return `${file}: ${entry}: ${reason}`;
}

/** The annotations cannot be loaded; nothing was written. */
export class AnnotationError extends UserFacingError {
  constructor(readonly problems: readonly AnnotationProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the annotations; nothing was written:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
  }
}
