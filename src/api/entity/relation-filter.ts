import type { AssertionKind } from '../../domain/assertion';
import type { RelationType } from '../../domain/ontology';
import { relationScope } from '../common/relation-scope-args';
import type { Direction, RelationFilter } from '../../graph/relation.repository';
import { LIMITS } from '../common/limits';
import { pageRequest, type PageArgs } from '../common/page-args';

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
