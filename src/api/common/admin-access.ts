import { timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../../errors/access.error';

/** What a request may change: mutations need the admin token the server was started with. */
export type AdminAccess = 'granted' | 'no-token-set' | 'missing' | 'wrong';

/** Compares the request's `Authorization: Bearer <token>` with the server's admin token. */
export function adminAccess(adminToken: string | undefined, authorization: string | undefined): AdminAccess {
  if (!adminToken) return 'no-token-set';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return 'missing';
  const given = Buffer.from(match[1]!, 'utf8');
  const expected = Buffer.from(adminToken, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'granted' : 'wrong';
}

/** Throws unless the request carries the admin token: every mutation calls this first. */
export function requireAdmin(access: AdminAccess): void {
  switch (access) {
    case 'granted':
      return;
    case 'no-token-set':
      throw new ForbiddenError('mutations are disabled on this server: it was started without KG_ADMIN_TOKEN');
    case 'missing':
      throw new UnauthenticatedError('this mutation needs the header "Authorization: Bearer <KG_ADMIN_TOKEN>"');
    case 'wrong':
      throw new UnauthenticatedError('the bearer token is not the admin token');
  }
}
