import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../application/services.js';

/** The web app's session: HTTP-only, so scripts (and injected ones) never read it. */
export const SESSION_COOKIE = 'og_session';
/** The double-submit token: readable by the web app, which echoes it in `CSRF_HEADER` on every change. */
export const CSRF_COOKIE = 'og_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Methods that change nothing and so need no CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How a request proves who it is: a bearer token in the header, or the web app's session cookie. */
export interface Credential {
  readonly kind: 'bearer' | 'cookie';
  readonly token: string;
}

export function credentialOf(request: FastifyRequest): Credential | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    return token === '' ? null : { kind: 'bearer', token };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie === undefined || cookie === '' ? null : { kind: 'cookie', token: cookie };
}

/**
 * The CSRF token of a session, derived from its secret: nobody without the session can compute it, and nothing
 * needs storing. A cross-site page can neither read the cookie nor set the header.
 */
export function csrfTokenOf(services: Services, sessionToken: string): string {
  return services.hasher.secret(`csrf:${sessionToken}`);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A cookie-authenticated request that changes something carries the session's CSRF token in cookie and header. */
export function csrfHolds(services: Services, request: FastifyRequest, credential: Credential): boolean {
  if (credential.kind === 'bearer' || SAFE_METHODS.has(request.method)) return true;
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  if (typeof header !== 'string' || cookie === undefined) return false;
  const expected = csrfTokenOf(services, credential.token);
  return sameText(header, expected) && sameText(cookie, expected);
}

/** Sets the session and CSRF cookies; `Secure` when the request came over HTTPS. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  sessionToken: string,
  csrfToken: string,
  expiresAt: string,
): void {
  const common = {
    path: '/',
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
    expires: new Date(expiresAt),
  };
  reply.setCookie(SESSION_COOKIE, sessionToken, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const common = { path: '/', sameSite: 'strict' as const, secure: request.protocol === 'https' };
  reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, common);
}
