import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Projection } from '../../graph/model';
import type { AssertionKind } from '../../domain/assertion';
import type { RelationType } from '../../domain/ontology';
import { relationScope } from '../common/relation-scope-args';
import type { Direction, RelationFilter } from '../../graph/relation.repository';
import { LIMITS } from '../common/limits';
import { pageRequest, type PageArgs } from '../common/page-args';
import { projectionOfTree } from '../common/projection';

/** The arguments of `Entity.relations`, as GraphQL hands them over. */
export interface RelationArgs extends PageArgs {
  types?: RelationType[] | null;
  direction?: Direction | null;
  includeSuggested?: boolean | null;
  assertions?: AssertionKind[] | null;
}

/** The page of relations the arguments of `Entity.relations` ask for; BAD_USER_INPUT when out of bounds. */
export function relationFilter({
  types,
  direction,
  includeSuggested,
  assertions,
  ...page
}: RelationArgs): RelationFilter {
  return {
    types: types && types.length > 0 ? types : null,
    direction: direction ?? 'BOTH',
    ...relationScope(includeSuggested, assertions),
    page: pageRequest('relations', page, LIMITS.first, 20),
  };
}

/**
 * The page of relations a query asks of the entity being resolved, and how much of them it reads
 * (as the relations resolver's projectionOf will find), when it asks for exactly one page with
 * sound arguments: then the entity and that page can come from one statement. Null otherwise (no
 * `relations`, several under aliases, or arguments its own resolver will refuse).
 */
export function requestedRelations(
  info: GraphQLResolveInfo,
): { filter: RelationFilter; projection: Projection } | null {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const fields = Object.values(tree?.fieldsByTypeName.Entity ?? {}).filter((field) => field.name === 'relations');
  if (fields.length !== 1) return null;
  try {
    return { filter: relationFilter(fields[0]!.args), projection: projectionOfTree(fields[0]!) };
  } catch {
    return null;
  }
}
