import {
  DeleteAccountRequestSchema,
  IdParamsSchema,
  SessionListSchema,
  SessionStateSchema,
  SessionStatusSchema,
  SignInRequestSchema,
  SignUpRequestSchema,
  UpdateMeRequestSchema,
  UserSchema,
} from '@ask-anyway/core';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../../http/env.js';
import { SESSION_COOKIE } from '../../http/middleware.js';
import { defineRoute, type AnyRoute } from '../../http/route.js';
import { personActor } from '../../policies/policy.js';
import { presentSession, presentUser } from '../../presenters/user.presenter.js';
import type { AuthService, IssuedSession } from './auth.service.js';

export interface AuthRouteOptions {
  /** Believe X-Forwarded-For / X-Forwarded-Proto (only behind a proxy you run). */
  trustProxy: boolean;
  /** Force the Secure cookie flag; otherwise it follows whether the request came over https. */
  cookieSecure: boolean | 'auto';
}


export function authRoutes(auth: AuthService, options: AuthRouteOptions): AnyRoute[] {
  const isHttps = (c: Context<AppEnv>) =>
    options.cookieSecure === 'auto'
      ? new URL(c.req.url).protocol === 'https:' ||
        (options.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https')
      : options.cookieSecure;

  const clientAddress = (c: Context<AppEnv>): string => {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  const startSession = (c: Context<AppEnv>, issued: IssuedSession, status: 200 | 201) => {
    setCookie(c, SESSION_COOKIE, issued.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      expires: new Date(issued.session.expiresAt),
    });
    return c.json({ user: presentUser(issued.user), csrfToken: issued.session.csrfToken }, status);
  };

  const endSession = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });

  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/sign-up',
      summary: 'Create an account and sign in',
      tags: ['auth'],
      access: 'public',
      body: SignUpRequestSchema,
      responses: {
        201: { description: 'Signed up and signed in', schema: SessionStateSchema },
        409: { description: 'The email already has an account' },
        422: { description: 'A field is invalid, or the password is too common' },
      },
      handler: async (c, { body }) =>
        startSession(c, await auth.signUp({ ...body, userAgent: c.req.header('user-agent') ?? null }), 201),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/sign-in',
      summary: 'Sign in with email and password',
      tags: ['auth'],
      access: 'public',
      body: SignInRequestSchema,
      responses: {
        200: { description: 'Signed in', schema: SessionStateSchema },
        401: { description: 'Email and password do not match (never says which)' },
        429: { description: 'Too many attempts for this account or address; see Retry-After' },
      },
      handler: async (c, { body }) =>
        startSession(
          c,
          await auth.signIn({
            ...body,
            address: clientAddress(c),
            userAgent: c.req.header('user-agent') ?? null,
          }),
          200,
        ),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/sign-out',
      summary: 'Sign out of this device',
      tags: ['auth'],
      access: 'user',
      responses: { 204: { description: 'Signed out' } },
      handler: async (c, { auth: who }) => {
        await auth.signOut(who.sessionId, who.userId);
        endSession(c);
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/session',
      summary: 'Who is signed in on this device (user null if nobody), and the CSRF token for writes',
      tags: ['auth'],
      access: 'public',
      responses: { 200: { description: 'The session, or nobody', schema: SessionStatusSchema } },
      handler: async (c, { auth: who }) =>
        c.json(
          who
            ? { user: presentUser(who.user), csrfToken: who.csrfToken }
            : { user: null, csrfToken: null },
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/api/me',
      summary: 'My account',
      tags: ['account'],
      access: 'user',
      responses: { 200: { description: 'My account', schema: UserSchema } },
      handler: (c, { auth: who }) => c.json(presentUser(who.user)),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/me',
      summary: 'Change my display name or time zone',
      tags: ['account'],
      access: 'user',
      body: UpdateMeRequestSchema,
      responses: { 200: { description: 'Updated', schema: UserSchema } },
      handler: async (c, { auth: who, body }) =>
        c.json(presentUser(await auth.updateProfile(who.userId, body))),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/me',
      summary: 'Delete my account and everything in it',
      tags: ['account'],
      access: 'user',
      body: DeleteAccountRequestSchema,
      responses: {
        204: { description: 'Deleted, with every row the account owned' },
        422: { description: 'The password is not right' },
      },
      handler: async (c, { auth: who, body }) => {
        await auth.deleteAccount(who.userId, body.password);
        endSession(c);
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/sessions',
      summary: 'My signed-in devices',
      tags: ['account'],
      access: 'user',
      responses: { 200: { description: 'My sessions', schema: SessionListSchema } },
      handler: async (c, { auth: who }) =>
        c.json({
          sessions: (await auth.listSessions(who.userId)).map((s) => presentSession(s, who.sessionId)),
        }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/sessions/{id}',
      summary: 'Sign one of my devices out',
      tags: ['account'],
      access: 'user',
      params: IdParamsSchema,
      responses: { 204: { description: 'Signed out' }, 404: { description: 'No such session of mine' } },
      handler: async (c, { auth: who, params }) => {
        await auth.revokeSession(personActor(who.userId), params.id);
        if (params.id === who.sessionId) endSession(c);
        return c.body(null, 204);
      },
    }),
  ];
}
