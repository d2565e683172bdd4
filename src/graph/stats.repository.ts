import type { QueryRunner } from '../db/run-query';
import { toNumber } from './model';

export interface TypeCountRecord {
  type: string;
  count: number;
}

export interface GraphStatsRecord {
  entities: number;
  relations: number;
  documents: number;
  sentences: number;
  entitiesByType: TypeCountRecord[];
  relationsByType: TypeCountRecord[];
}

/** Counts of the whole graph. */
export class StatsRepository {
  constructor(private readonly queries: QueryRunner) {}

  async get(): Promise<GraphStatsRecord> {
    const [row] = await this.queries.read<Record<string, unknown>>('generated/graph/graph-stats');
    const counts = (value: unknown) =>
      ((value as { type: string; count: unknown }[] | undefined) ?? []).map(({ type, count }) => ({
        type,
        count: toNumber(count),
      }));
    return {
      entities: toNumber(row?.entities ?? 0),
      relations: toNumber(row?.relations ?? 0),
      documents: toNumber(row?.documents ?? 0),
      sentences: toNumber(row?.sentences ?? 0),
      entitiesByType: counts(row?.entitiesByType),
      relationsByType: counts(row?.relationsByType),
    };
  }
}
