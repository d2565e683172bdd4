import { stripIgnoredCharacters } from 'graphql';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The answers kept, by default: 64 MB of JSON. */
export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

/** An answer as it was sent: its status, the headers Apollo set and the JSON body in UTF-8. */
export interface CachedAnswer {
  status: number;
  headers: readonly (readonly [string, string])[];
  body: Buffer;
}

/** How the cache has served since the service started (hits and misses count lookups). */
export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
  maxBytes: number;
}

/** What a request asks, read from a GET's query string or a POST's parsed JSON body. */
interface Asked {
  query: unknown;
  variables: unknown;
  operationName: unknown;
  extensions: unknown;
}

function askedOf(req: IncomingMessage): Asked | null {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'POST') {
    const body = (req as { body?: unknown }).body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    return { query, variables, operationName, extensions };
  }
  if (method !== 'GET') return null;
  const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const json = (name: string): unknown => {
    const value = search.get(name);
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  };
  return {
    query: search.get('query') ?? undefined,
    variables: json('variables'),
    operationName: search.get('operationName') ?? undefined,
    extensions: json('extensions'),
  };
}

/** JSON with the keys of every object sorted: the same variables in any order are one key. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Answers to queries kept in memory, keyed by the graph's version and the normalised request: the
 * query without insignificant white space and comments, the variables with their keys sorted, the
 * operation name, extensions, and the media type asked for. Every write raises the graph's version
 * (this process's at once, other processes' within GRAPH_VERSION_POLL_MS), so an answer is never
 * served for a graph other than the one it was read from; entries of older versions are dropped
 * the first time a newer version is seen. Bounded by the bytes of the bodies it holds, least
 * recently used first out. Only queries that ran without errors are stored (see
 * answer-outcome.plugin.ts), and only for requests without credentials.
 */
export class ResponseCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  /** Raw query text -> normalised text: the explorer sends the same few texts again and again. */
  private readonly normalised = new LRUCache<string, string>({ max: 500 });
  private version: string | null = null;
  private hits = 0;
  private misses = 0;

  constructor(readonly maxBytes: number = DEFAULT_RESPONSE_CACHE_BYTES) {
    this.answers = new LRUCache<string, CachedAnswer>({
      maxSize: Math.max(1, maxBytes),
      // The body's bytes as they are sent (outside the JavaScript heap), plus the headers.
      sizeCalculation: (answer) => answer.body.length + 256,
    });
  }

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /**
   * The key of a request for the graph's `version`, or null when its answer is not to be kept: no
   * version known yet, credentials sent, not a GET or a POST with a query.
   */
  keyOf(req: IncomingMessage, version: string | null): string | null {
    if (!this.enabled || version === null || req.headers.authorization !== undefined) return null;
    const asked = askedOf(req);
    if (asked === null || typeof asked.query !== 'string') return null;
    let query = this.normalised.get(asked.query);
    if (query === undefined) {
      try {
        query = stripIgnoredCharacters(asked.query);
      } catch {
        return null; // Not GraphQL: Apollo answers with the syntax error, which is never kept.
      }
      this.normalised.set(asked.query, query);
    }
    const request = canonicalJson([query, asked.variables ?? {}, asked.operationName ?? null, asked.extensions ?? {}]);
    const hash = createHash('sha256')
      .update(`${req.method ?? 'GET'}\n${req.headers.accept ?? ''}\n${request}`)
      .digest('base64url');
    return `${version}:${hash}`;
  }

  /** The answer kept for `key`, read at the graph's `version`. */
  get(key: string, version: string): CachedAnswer | undefined {
    this.observe(version);
    const answer = this.answers.get(key);
    if (answer) this.hits += 1;
    else this.misses += 1;
    return answer;
  }

  /** Keeps an answer read at `version`, unless a newer version was seen meanwhile. */
  set(key: string, version: string, answer: CachedAnswer): void {
    if (this.version === null) this.observe(version);
    // An answer read before a write that another request has already seen: not kept.
    if (version !== this.version) return;
    this.answers.set(key, answer);
  }

  /** A version other than the one the cache holds answers of: those answers can never be asked again. */
  private observe(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.answers.clear();
  }

  stats(): ResponseCacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      entries: this.answers.size,
      bytes: this.answers.calculatedSize,
      maxBytes: this.maxBytes,
    };
  }
}
