import type { AssertionKind } from '../../domain/assertion';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { parseDateBound } from '../../domain/historical-date';
import type { RelationType } from '../../domain/ontology';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { invariant } from '../../errors/invariant';
import type { TimelineRecord } from '../../graph/timeline.repository';
import type { ApiContext } from '../api-context';
import { toConnection } from '../common/connection';
import { AssertionsArg, IncludeSuggestedArg, relationScope } from '../common/relation-scope-args';
import { RelationTypeEnum } from '../common/graphql-enums';
import { checkText, LIMITS } from '../common/limits';
import { PageArgs, pageRequest } from '../common/page-args';
import { projectionOf } from '../common/projection';
import { TimelineConnection, type TimelineEntry } from './timeline-entry.type';

function bound(argument: 'from' | 'to', value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const parsed = parseDateBound(checkText(argument, value));
  if ('error' in parsed) throw new BadUserInputError(`${argument}: ${parsed.error}`, argument);
  return argument === 'from' ? parsed.first : parsed.last;
}

function toEntry({ entity, relation }: TimelineRecord): TimelineEntry {
  const dated = entity ?? relation;
  return {
    // Its entity's or relation's dates: read only when the date is asked for (see projectionOfTree).
    get date() {
      const date = dated.start ?? dated.end;
      invariant(date, `timeline ${entity ? 'entity' : 'relation'} ${dated.id} has no date`);
      return date;
    },
    label: entity ? entity.name : `${relation.source.name} ${relation.type} ${relation.target.name}`,
    entity,
    relation,
  };
}

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    description: `Dated relations (and, without a type filter, dated entities) in time order (in the Gregorian calendar: a Julian date stands at its Gregorian day): by start, coarse precision before fine, then id. \`from\` and \`to\` take YYYY, YYYY-MM or YYYY-MM-DD in the Gregorian calendar and include the whole period they name; an entry whose dates overlap the range is in it. A Relay connection: at most ${LIMITS.first.max} entries a page, 50 by default; page on with \`after: pageInfo.endCursor\` while \`pageInfo.hasNextPage\`.`,
  })
  async timeline(
    @Arg('from', () => String, {
      nullable: true,
      description: 'The range’s first year, month or day (YYYY[-MM[-DD]]).',
    })
    from: string | null | undefined,
    @Arg('to', () => String, { nullable: true, description: 'The range’s last year, month or day (YYYY[-MM[-DD]]).' })
    to: string | null | undefined,
    @Arg('types', () => [RelationTypeEnum], {
      nullable: true,
      description: 'Only relations of these types (and then no entities).',
    })
    types: RelationType[] | null | undefined,
    @Args(() => PageArgs) paging: PageArgs,
    @IncludeSuggestedArg() includeSuggested: boolean | null | undefined,
    @AssertionsArg() assertions: AssertionKind[] | null | undefined,
    @Ctx() { repositories }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TimelineConnection> {
    const lower = bound('from', from);
    const upper = bound('to', to);
    if (lower !== null && upper !== null && lower > upper) {
      throw new BadUserInputError(`from (${from}) is after to (${to})`, 'from');
    }
    const page = pageRequest('timeline', paging, LIMITS.first, 50);
    const entries = await repositories.timeline.entries(
      lower,
      upper,
      types?.length ? types : null,
      page,
      relationScope(includeSuggested, assertions),
      projectionOf(info),
    );
    return toConnection(
      'timeline',
      entries.map(({ item, key }) => ({ item: toEntry(item), key })),
      page,
    );
  }
}
