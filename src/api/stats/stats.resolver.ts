import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphStatsRecord } from '../../graph/stats.repository';
import type { ApiContext } from '../api-context';
import { GraphStats } from './graph-stats.type';

@Resolver()
export class StatsResolver {
  @Query(() => GraphStats, { description: 'How much the graph holds, by type.' })
  stats(@Ctx() { repositories }: ApiContext): Promise<GraphStatsRecord> {
    return repositories.stats.get();
  }
}
