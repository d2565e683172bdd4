/**
 * The raw-Cypher side of the benchmark: the very reads our API made for a request (recorded by
 * serve-api.ts: statement name, parameters, a hash of the rows, when each was sent and answered),
 * sent again straight through neo4j-driver as the repositories send them (auto-commit read
 * sessions), and checked to return the same rows. Reads the API sent together go together; a read
 * the API sent only after others had answered (it needed an answer: a hub's page of relations after
 * the statement that said it has many) waits for those here too, as any client would.
 */
import neo4j, { isInt, type Driver, type RecordShape } from 'neo4j-driver';
import { createHash } from 'node:crypto';
import type { CypherLoader } from '../src/db/cypher-loader';
import { QueryRunner } from '../src/db/run-query';

export interface TracedRead {
  name: string;
  /** JSON-safe: Neo4j integers as {"$int": "<digits>"}. */
  parameters: unknown;
  /** sha256 of the rows, stable across processes (see hashRows). */
  rows: string;
  /** When the API sent it and had its rows, in ms of the API's clock (performance.now()). */
  sentAt: number;
  answeredAt: number;
}

/**
 * For each read, the reads it waits for: those that had answered when the API sent it. A read the
 * API sent before any other answered waits for none; a hub's second page of relations waits for the
 * first, and not for a read still in flight beside it.
 */
export function readDependencies(reads: readonly Pick<TracedRead, 'sentAt' | 'answeredAt'>[]): number[][] {
  return reads.map((read) =>
    reads.flatMap((earlier, index) => (earlier !== read && earlier.answeredAt <= read.sentAt ? [index] : [])),
  );
}

export function encodeParameters(value: unknown): unknown {
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeParameters);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeParameters(item)]));
  }
  return value;
}

export function decodeParameters(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeParameters);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === '$int') return neo4j.int(String(entries[0]![1]));
    return Object.fromEntries(entries.map(([key, item]) => [key, decodeParameters(item)]));
  }
  return value;
}

/** Rows as text: Neo4j integers and temporal values by their string form, keys in order. */
function stable(value: unknown): string {
  if (isInt(value)) return `i${value.toString()}`;
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    // Temporal values and points: their own string form (an object with no own keys would be "{}").
    if (keys.length === 0) return (value as { toString(): string }).toString();
    return `{${keys.map((key) => `${key}:${stable((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function hashRows(rows: readonly RecordShape[]): string {
  return createHash('sha256').update(stable(rows)).digest('base64url');
}

/**
 * Sends the reads again and returns how long that took, from the first read sent to the last rows
 * received, and how many reads returned other rows than the API got (0 when the answers agree). The
 * rows are compared after the clock stops: hashing them is the benchmark's work, not a client's.
 */
export async function replayReads(
  driver: Driver,
  cypher: CypherLoader,
  reads: readonly TracedRead[],
): Promise<{ ms: number; differing: number }> {
  const runner = new QueryRunner(driver, cypher, 'neo4j');
  const dependencies = readDependencies(reads);
  const replayed: Promise<RecordShape[]>[] = [];
  const started = performance.now();
  // In the order sent: a read's dependencies answered before it was sent, so they come before it.
  const order = reads.map((_, index) => index).sort((a, b) => reads[a]!.sentAt - reads[b]!.sentAt);
  for (const index of order) {
    const read = reads[index]!;
    replayed[index] = Promise.all(dependencies[index]!.map((before) => replayed[before]!)).then(() =>
      runner.read(read.name, decodeParameters(read.parameters) as Record<string, unknown>),
    );
  }
  const rows = await Promise.all(replayed);
  const ms = performance.now() - started;
  return { ms, differing: rows.filter((answer, index) => hashRows(answer) !== reads[index]!.rows).length };
}
