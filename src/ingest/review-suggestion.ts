/**
 * A person's decision on a suggestion, in one write transaction. Accepting an entity suggestion
 * creates the entity (dataset "reviewed"), links its occurrences as mentions and completes the
 * relation suggestions that named it; accepting a relation suggestion draws the curated relation.
 * Both record who accepted, when, and from which suggestion. A rejected suggestion is kept, marked,
 * so the same proposal is not made again.
 */
import { parseIsoDate } from '../domain/historical-date';
import { allowsRelation, isRelationType } from '../domain/ontology';
import { plainText } from '../domain/name-keys';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { NotFoundError } from '../errors/not-found.error';
import { DATASETS, type SuggestionCorrection } from '../graph/model';
import type { Repositories } from '../graph/repositories';
import type { ReviewWrite, SuggestionRecord } from '../graph/suggestion.repository';

export type ReviewDecision = 'ACCEPT' | 'REJECT';

export interface Review {
  id: string;
  decision: ReviewDecision;
  /** Who decided; "admin" when not given. */
  reviewer?: string | null;
  note?: string | null;
  /** ACCEPT of a relation suggestion only: what to change before it becomes a fact. */
  correction?: ReviewCorrection | null;
}

export interface ReviewCorrection {
  relationType?: string | null;
  sourceId?: string | null;
  targetId?: string | null;
  /** YYYY-MM-DD, YYYY-MM, YYYY, YYY (decade) or YY (century). */
  date?: string | null;
}

/** Checks a correction against the suggestion, the graph and the ontology; each refusal names the field. */
async function checkCorrection(
  entities: Pick<Repositories, 'entities'>['entities'],
  suggestion: SuggestionRecord,
  correction: ReviewCorrection,
): Promise<SuggestionCorrection> {
  const changes: string[] = [];
  const result: SuggestionCorrection = { changes };
  let type = suggestion.relationType!;
  if (correction.relationType && correction.relationType !== suggestion.relationType) {
    if (!isRelationType(correction.relationType)) {
      throw new BadUserInputError(
        `correction.relationType "${correction.relationType}" is not a relation type`,
        'correction.relationType',
      );
    }
    type = correction.relationType;
    result.relationType = type;
    changes.push(`relationType: ${suggestion.relationType} -> ${type}`);
  }
  const wanted = [correction.sourceId, correction.targetId].filter((id): id is string => !!id);
  const found = await entities.byIds(wanted);
  const end = (which: 'source' | 'target', id: string | null | undefined, proposed: string | null) => {
    if (!id || id === proposed) return;
    const entity = found.get(id);
    if (!entity)
      throw new BadUserInputError(
        `correction.${which}Id "${id.slice(0, 100)}" names no entity`,
        `correction.${which}Id`,
      );
    result[which] = { id: entity.id, name: entity.name };
    changes.push(`${which}: ${proposed ?? suggestion[`${which}Name`] ?? '?'} -> ${entity.id}`);
  };
  end('source', correction.sourceId, suggestion.sourceId);
  end('target', correction.targetId, suggestion.targetId);
  const sourceId = result.source?.id ?? suggestion.sourceId;
  const targetId = result.target?.id ?? suggestion.targetId;
  if (sourceId && targetId) {
    const ends = await entities.byIds([sourceId, targetId]);
    const source = ends.get(sourceId);
    const target = ends.get(targetId);
    if (source && target && !allowsRelation(type, source.type, target.type)) {
      throw new BadUserInputError(
        `a ${type} relation cannot run from a ${source.type} (${source.name}) to a ${target.type} (${target.name}); correct the type or an end`,
        'correction',
      );
    }
  }
  if (correction.date) {
    const parsed = parseIsoDate(correction.date);
    if ('error' in parsed) throw new BadUserInputError(`correction.date: ${parsed.error}`, 'correction.date');
    result.date = { iso: correction.date, precision: parsed.precision };
    changes.push(`date: -> ${correction.date}`);
  }
  return result;
}

export const MAX_REVIEWER_LENGTH = 100;
export const MAX_NOTE_LENGTH = 2000;

/** A readable id for a new entity: its name in lower-case ASCII words joined by dashes. */
export function slugOf(name: string): string {
  const slug = plainText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'entity' : slug;
}

function checkReview(review: Review): { reviewer: string; note: string | null } {
  const reviewer = review.reviewer?.trim() || 'admin';
  if (reviewer.length > MAX_REVIEWER_LENGTH) {
    throw new BadUserInputError(
      `reviewer must be at most ${MAX_REVIEWER_LENGTH} characters, got ${reviewer.length}`,
      'reviewer',
    );
  }
  const note = review.note?.trim() || null;
  if (note !== null && note.length > MAX_NOTE_LENGTH) {
    throw new BadUserInputError(`note must be at most ${MAX_NOTE_LENGTH} characters, got ${note.length}`, 'note');
  }
  return { reviewer, note };
}

export async function reviewSuggestion(
  repositories: Pick<Repositories, 'suggestions' | 'graphVersion' | 'entities'>,
  review: Review,
): Promise<SuggestionRecord> {
  const { suggestions } = repositories;
  const { reviewer, note } = checkReview(review);
  const suggestion = await suggestions.byId(review.id);
  if (!suggestion) throw new NotFoundError(`no suggestion has the id "${review.id.slice(0, 100)}"`, 'id');
  if (suggestion.status !== 'PENDING') {
    throw new BadUserInputError(
      `suggestion ${suggestion.id} was already ${suggestion.status.toLowerCase()} by ${suggestion.reviewedBy ?? 'someone'} at ${suggestion.reviewedAt ?? 'an unknown time'}`,
      'id',
    );
  }
  const accept = review.decision === 'ACCEPT';
  let correction: SuggestionCorrection | undefined;
  if (review.correction) {
    if (!accept || suggestion.kind !== 'RELATION') {
      throw new BadUserInputError('a correction goes with ACCEPT of a relation suggestion only', 'correction');
    }
    correction = await checkCorrection(repositories.entities, suggestion, review.correction);
  }
  if (accept && suggestion.kind === 'RELATION') {
    // The ends as they will be drawn: the corrected ones where the reviewer chose others.
    for (const [end, id, name] of [
      ['source', correction?.source?.id ?? suggestion.sourceId, suggestion.sourceName],
      ['target', correction?.target?.id ?? suggestion.targetId, suggestion.targetName],
    ] as const) {
      if (id === null) {
        throw new BadUserInputError(
          `the ${end} of suggestion ${suggestion.id}, "${name ?? ''}", is not a known entity yet: accept the entity suggestion for it first`,
          'id',
        );
      }
    }
  }
  const reviewedAt = new Date().toISOString();
  const write: ReviewWrite = {
    suggestionId: suggestion.id,
    status: accept ? 'ACCEPTED' : 'REJECTED',
    reviewedBy: reviewer,
    reviewedAt,
    note,
    ...(correction && correction.changes.length > 0 && { correction }),
  };
  if (accept && suggestion.kind === 'ENTITY') {
    const name = suggestion.name ?? 'entity';
    write.accepted = {
      entity: {
        id: await suggestions.freeEntityId(slugOf(name)),
        type: suggestion.entityType!,
        name,
        germanName: null,
        aliases: [],
        description: null,
        start: null,
        end: null,
      },
      provenance: {
        dataset: DATASETS.reviewed,
        review: { suggestionId: suggestion.id, reviewedBy: reviewer, reviewedAt },
      },
      ofDocument: suggestion.documentId,
    };
  } else if (accept) {
    write.accepted = { relationOfDocument: suggestion.documentId };
  }
  const outcome = await suggestions.review(write);
  if (outcome === 'no-longer-pending') {
    throw new BadUserInputError(`suggestion ${suggestion.id} was reviewed by someone else meanwhile`, 'id');
  }
  if (outcome === 'ends-missing') {
    throw new BadUserInputError(
      `suggestion ${suggestion.id} cannot be accepted: its source or target entity no longer exists`,
      'id',
    );
  }
  await repositories.graphVersion.refresh();
  return (await suggestions.byId(suggestion.id))!;
}
