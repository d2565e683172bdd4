import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The ETag of a GET answer: a hash of the graph's version and of what was asked (the query, its
 * variables, operation name and extensions, and the media type the client accepts), weak because
 * compression changes the bytes but not the answer. Any write changes the graph's version, and so
 * every ETag.
 */
export function etagFor(graphVersion: string, req: IncomingMessage): string {
  const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const asked = ['query', 'variables', 'operationName', 'extensions'].map((name) => search.get(name));
  const hash = createHash('sha256')
    .update(JSON.stringify([graphVersion, ...asked, req.headers.accept ?? '']))
    .digest('base64url')
    .slice(0, 27);
  return `W/"${hash}"`;
}

/**
 * Whether an If-None-Match header names this ETag (weak comparison, RFC 9110 13.1.2). A header
 * that is not a list of entity tags is ignored, as if it were absent.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = header.trim();
  if (value === '*') return true;
  const tags = value.split(',').map((tag) => tag.trim());
  if (!tags.every((tag) => /^(W\/)?"[\x21\x23-\x7e\x80-\xff]*"$/.test(tag))) return false;
  const opaque = (tag: string) => tag.replace(/^W\//, '');
  return tags.some((tag) => opaque(tag) === opaque(etag));
}

/** The Cache-Control of a GET answer without errors: shared caches may keep it for `maxAge` seconds. */
export function cacheControlFor(maxAgeSeconds: number): string {
  return `public, max-age=${maxAgeSeconds}, must-revalidate`;
}
