/**
 * What a query asks of the entity it resolves, so that the entity resolver can read it ahead, in
 * the same statement or at the same time, instead of after the entity: its page of relations and
 * the sentences that name it.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Projection } from '../../graph/model';
import type { RelationFilter } from '../../graph/relation.repository';
import { checkRange, LIMITS } from '../common/limits';
import { projectionOfTree } from '../common/projection';
import { relationFilter, type RelationArgs } from './relation-filter';

/** How many of the sentences that name an entity `mentions(first:)` asks for; BAD_USER_INPUT when out of bounds. */
export function mentionsLimit(first: number | null | undefined): number {
  return checkRange('first', first, LIMITS.first, 20);
}

export interface RequestedReads {
  /**
   * The page of relations asked for, and how much of them it reads (as the relations resolver's
   * projectionOf will find): then the entity and that page can come from one statement.
   */
  relations: { filter: RelationFilter; projection: Projection } | null;
  /** How many of the sentences that name it (`mentions(first:)`), as its resolver will ask. */
  mentions: number | null;
}

/**
 * Each read is null unless the query asks for it exactly once (not under several aliases) with
 * arguments its own resolver will accept: that resolver then reads it, and reports what is wrong.
 */
export function requestedReads(info: GraphQLResolveInfo): RequestedReads {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const fields = Object.values(tree?.fieldsByTypeName.Entity ?? {});
  const only = (name: string) => {
    const named = fields.filter((field) => field.name === name);
    return named.length === 1 ? named[0]! : null;
  };
  const attempt = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch {
      return null;
    }
  };
  const relations = only('relations');
  const mentions = only('mentions');
  return {
    relations:
      relations &&
      attempt(() => ({
        filter: relationFilter(relations.args as RelationArgs),
        projection: projectionOfTree(relations),
      })),
    mentions: mentions && attempt(() => mentionsLimit(mentions.args.first as number | null | undefined)),
  };
}
