/**
 * The raw-Cypher side of the benchmark: the very reads our API made for a request (recorded by
 * serve-api.ts: statement name, parameters, a hash of the rows), sent again straight through
 * neo4j-driver as the repositories send them (auto-commit read sessions, all at once, as the
 * resolvers and loaders of one request may send them), and checked to return the same rows.
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
 * Sends the reads again and returns how many returned other rows than the API got (0 when the
 * answers agree).
 */
export async function replayReads(driver: Driver, cypher: CypherLoader, reads: readonly TracedRead[]): Promise<number> {
  const runner = new QueryRunner(driver, cypher, 'neo4j');
  const hashes = await Promise.all(
    reads.map(async (read) =>
      hashRows(await runner.read(read.name, decodeParameters(read.parameters) as Record<string, unknown>)),
    ),
  );
  return hashes.filter((hash, index) => hash !== reads[index]!.rows).length;
}
