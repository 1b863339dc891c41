import { CSRF_HEADER } from '@ask-anyway/core';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AuthService } from '../modules/auth/auth.service.js';
import { constantTimeEqual } from '../lib/secrets.js';
import type { AppEnv } from './env.js';
import { problems } from './problem.js';

export const SESSION_COOKIE = 'aa_session';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Finds the signed-in person from the session cookie; a missing or dead cookie means anonymous. */
export function sessionMiddleware(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const found = token && token.length <= 100 ? await auth.authenticate(token) : undefined;
    c.set(
      'auth',
      found
        ? { userId: found.session.userId, sessionId: found.session.id, csrfToken: found.session.csrfToken, user: found.user }
        : null,
    );
    await next();
  };
}

/**
 * CSRF defence for cookie-authenticated writes, in two layers:
 * 1. every unsafe request from another site is refused (Fetch Metadata, then Origin);
 * 2. a signed-in unsafe request must echo the session's CSRF token in `x-csrf-token`.
 * SameSite=Lax on the cookie is a third layer, not relied on alone.
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site === 'cross-site') throw problems.csrf();
    const origin = c.req.header('origin');
    if (origin && origin !== 'null' && origin !== new URL(c.req.url).origin && !sameHost(origin, c.req.header('host'))) {
      throw problems.csrf();
    }
    if (origin === 'null') throw problems.csrf();
    const auth = c.get('auth');
    if (auth) {
      const sent = c.req.header(CSRF_HEADER);
      if (!sent || !constantTimeEqual(sent, auth.csrfToken)) throw problems.csrf();
    }
    return next();
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Security headers for every response; the CSP allows no inline script or style. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('content-security-policy', csp);
    h.set('x-content-type-options', 'nosniff');
    h.set('referrer-policy', 'no-referrer');
    h.set('x-frame-options', 'DENY');
    h.set('cross-origin-opener-policy', 'same-origin');
    h.set('cross-origin-resource-policy', 'same-origin');
    h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (new URL(c.req.url).protocol === 'https:') {
      h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    if (c.req.path.startsWith('/api/')) h.set('cache-control', 'no-store');
  };
}
