import type { Driver } from 'neo4j-driver';
import { describeConnectionFailure, pingNeo4j } from '../db/neo4j-connection';

export interface CheckResult {
  ok: boolean;
  detail: string;
}

export interface ReadinessReport {
  status: 'ready' | 'unavailable';
  checks: { neo4j: CheckResult; migrations: CheckResult; data: CheckResult };
}

/** How long `/ready` waits for Neo4j before it reports it unreachable. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * What `/ready` reports: Neo4j answers now, and start-up has applied the migrations and loaded
 * the data. Start-up marks its stages here as they finish.
 */
export class Readiness {
  private migrations: CheckResult = { ok: false, detail: 'not applied yet' };
  private data: CheckResult = { ok: false, detail: 'not loaded yet' };

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly uri: string,
  ) {}

  markMigrationsApplied(files: readonly string[]): void {
    this.migrations = { ok: true, detail: `${files.length} migration files applied` };
  }

  markDataLoaded(detail: string): void {
    this.data = { ok: true, detail };
  }

  async report(): Promise<ReadinessReport> {
    const neo4j = await this.probeNeo4j();
    const checks = { neo4j, migrations: this.migrations, data: this.data };
    const ready = Object.values(checks).every((check) => check.ok);
    return { status: ready ? 'ready' : 'unavailable', checks };
  }

  private async probeNeo4j(): Promise<CheckResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<CheckResult>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, detail: `no answer from ${this.uri} within ${PROBE_TIMEOUT_MS / 1000} s` }),
        PROBE_TIMEOUT_MS,
      );
    });
    const probe = pingNeo4j(this.driver, this.database, PROBE_TIMEOUT_MS).then(
      (): CheckResult => ({ ok: true, detail: `reachable at ${this.uri}` }),
      (error: unknown): CheckResult => ({
        ok: false,
        detail: `cannot reach ${this.uri}: ${describeConnectionFailure(error, this.database)}`,
      }),
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
