import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { parseDateBound } from '../../domain/historical-date';
import type { RelationType } from '../../domain/ontology';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { invariant } from '../../errors/invariant';
import type { ApiContext } from '../api-context';
import { IncludeSuggestedArg } from '../common/include-suggested-arg';
import { RelationTypeEnum } from '../common/graphql-enums';
import { checkRange, checkText, LIMITS } from '../common/limits';
import { projectionOf } from '../common/projection';
import { TimelineEntry } from './timeline-entry.type';

function bound(argument: 'from' | 'to', value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const parsed = parseDateBound(checkText(argument, value));
  if ('error' in parsed) throw new BadUserInputError(`${argument}: ${parsed.error}`, argument);
  return argument === 'from' ? parsed.first : parsed.last;
}

@Resolver()
export class TimelineResolver {
  @Query(() => [TimelineEntry], {
    description:
      'Dated relations (and, without a type filter, dated entities) in time order: by start, coarse precision before fine. `from` and `to` take YYYY, YYYY-MM or YYYY-MM-DD and include the whole period they name; an entry whose dates overlap the range is in it.',
  })
  async timeline(
    @Arg('from', () => String, { nullable: true }) from: string | null | undefined,
    @Arg('to', () => String, { nullable: true }) to: string | null | undefined,
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | null | undefined,
    @Arg('first', () => Int, { defaultValue: 100, nullable: true }) first: number | null | undefined,
    @IncludeSuggestedArg() includeSuggested: boolean | null | undefined,
    @Ctx() { repositories }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TimelineEntry[]> {
    const lower = bound('from', from);
    const upper = bound('to', to);
    if (lower !== null && upper !== null && lower > upper) {
      throw new BadUserInputError(`from (${from}) is after to (${to})`, 'from');
    }
    const limit = checkRange('first', first, LIMITS.first, 100);
    const entries = await repositories.timeline.entries(
      lower,
      upper,
      types?.length ? types : null,
      limit,
      includeSuggested ?? false,
      // Every entry's date and label come from its dates and names: only evidence may be left out.
      { ...projectionOf(info), entityDetails: true, relationDetails: true },
    );
    return entries.map(({ entity, relation }) => {
      if (entity) {
        const date = entity.start ?? entity.end;
        invariant(date, `timeline entity ${entity.id} has no date`);
        return { date, label: entity.name, entity, relation: null };
      }
      const date = relation.start ?? relation.end;
      invariant(date, `timeline relation ${relation.id} has no date`);
      return {
        date,
        label: `${relation.source.name} ${relation.type} ${relation.target.name}`,
        entity: null,
        relation,
      };
    });
  }
}
