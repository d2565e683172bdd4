import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpSettings } from '../config';

/** Request headers a page on another origin may send: what clients of this API need. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'if-none-match',
] as const;

/** Response headers such a page may read besides the simple ones. */
export const CORS_EXPOSED_HEADERS = ['etag', 'x-request-id', 'x-cache'] as const;

/**
 * Cross-origin access, by the `cors` package: every origin (`*`) or only the listed ones may read
 * the API from a browser. The API uses no cookies, so nothing is sent with credentials; mutations
 * still need the bearer token. Preflights are answered here with 204; an origin that is not listed
 * gets no CORS headers at all, so its browser refuses the answer.
 */
export function corsMiddleware(
  origins: HttpSettings['corsOrigins'],
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  return cors({
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    // Browsers cap this (Chromium at 2 hours); 10 minutes spares most preflights.
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
