import type http from 'node:http';

/**
 * The address the explorer is reached at, as the client asked for it (`http://host:port/`, https
 * behind a proxy that says so): what permalinks, citations and exported IRIs start with.
 */
export function publicBaseUrl(req: http.IncomingMessage): string {
  const scheme = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return `${scheme}://${req.headers.host ?? 'localhost'}/`;
}
