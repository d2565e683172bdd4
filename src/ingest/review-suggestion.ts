/**
 * A person's decision on a suggestion, in one write transaction. Accepting an entity suggestion
 * creates the entity (dataset "reviewed"), links its occurrences as mentions and completes the
 * relation suggestions that named it; accepting a relation suggestion draws the curated relation.
 * Both record who accepted, when, and from which suggestion. A rejected suggestion is kept, marked,
 * so the same proposal is not made again.
 */
import { nameKeyProperties, RELINK_STATEMENTS } from './load-curated-graph';
import { ENTITY_TYPE_INFO } from '../domain/ontology';
import type { QueryRunner } from '../db/run-query';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { NotFoundError } from '../errors/not-found.error';
import { toNumber } from '../graph/graph-records';
import type { SuggestionRecord, SuggestionRepository } from '../graph/suggestion.repository';

export type ReviewDecision = 'ACCEPT' | 'REJECT';

export interface Review {
  id: string;
  decision: ReviewDecision;
  /** Who decided; "admin" when not given. */
  reviewer?: string | null;
  note?: string | null;
}

export const MAX_REVIEWER_LENGTH = 100;
export const MAX_NOTE_LENGTH = 2000;

/** A readable id for a new entity: its name in lower-case ASCII words joined by dashes. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
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

async function freeEntityId(queries: QueryRunner, name: string): Promise<string> {
  const base = slugOf(name);
  const [row] = await queries.read<{ ids: string[] }>('documents/entity-ids-like', { id: base });
  const taken = new Set(row?.ids ?? []);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function reviewSuggestion(
  queries: QueryRunner,
  suggestions: SuggestionRepository,
  review: Review,
): Promise<SuggestionRecord> {
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
  if (accept && suggestion.kind === 'RELATION') {
    for (const [end, id, name] of [
      ['source', suggestion.sourceId, suggestion.sourceName],
      ['target', suggestion.targetId, suggestion.targetName],
    ] as const) {
      if (id === null) {
        throw new BadUserInputError(
          `the ${end} of suggestion ${suggestion.id}, "${name ?? ''}", is not a known entity yet: accept the entity suggestion for it first`,
          'id',
        );
      }
    }
  }
  const entityId =
    accept && suggestion.kind === 'ENTITY' ? await freeEntityId(queries, suggestion.name ?? 'entity') : null;
  const reviewedAt = new Date().toISOString();

  await queries.write(async (tx) => {
    const recorded = await tx.run('documents/record-review', {
      id: suggestion.id,
      status: accept ? 'ACCEPTED' : 'REJECTED',
      reviewer,
      reviewedAt,
      note,
    });
    if (recorded.length === 0) {
      throw new BadUserInputError(`suggestion ${suggestion.id} was reviewed by someone else meanwhile`, 'id');
    }
    await tx.run('documents/delete-suggested-relation', { id: suggestion.id });
    await tx.run('system/bump-graph-version');
    if (!accept) return;
    if (suggestion.kind === 'ENTITY') {
      const type = suggestion.entityType!;
      await tx.run('documents/create-accepted-entity', {
        suggestionId: suggestion.id,
        label: ENTITY_TYPE_INFO[type].label,
        properties: {
          id: entityId,
          type,
          name: suggestion.name,
          aliases: [],
          aliasText: '',
          dataset: 'reviewed',
          fromSuggestion: suggestion.id,
          reviewedBy: reviewer,
          reviewedAt,
          ...nameKeyProperties([suggestion.name ?? '']),
        },
      });
      // Its occurrences become mentions; relation suggestions that named it may now have both ends.
      for (const [name] of RELINK_STATEMENTS) await tx.run(name, { documentId: null });
    } else {
      const [row] = await tx.run<{ relations: unknown }>('documents/relink-accepted-relations', {
        documentId: suggestion.documentId,
      });
      if (toNumber(row?.relations ?? 0) < 1) {
        throw new BadUserInputError(
          `suggestion ${suggestion.id} cannot be accepted: its source or target entity no longer exists`,
          'id',
        );
      }
    }
  });
  return (await suggestions.byId(suggestion.id))!;
}
