import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { OWNED_TABLES } from '../../db/schema.js';
import type { Clock } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { hashSecret, newSecret } from '../../lib/secrets.js';
import { ApiError, problems } from '../../http/problem.js';
import { PROBLEM_TYPES } from '@ask-anyway/core';
import { authorize, type Actor } from '../../policies/policy.js';
import { burnPasswordCheck, hashPassword, isCommonPassword, verifyPassword } from './passwords.js';
import { RateLimitRepository } from './rate-limit.repository.js';
import { SessionRepository, type SessionRow } from './session.repository.js';
import { UserRepository, type UserRow } from './user.repository.js';

export interface AuthSettings {
  /** How long a session lives without use. */
  sessionTtlMs: number;
  /** A session's expiry is pushed forward at most this often, so reads do not write on every request. */
  sessionTouchIntervalMs: number;
  signInWindowMs: number;
  signInLimitPerAccount: number;
  signInLimitPerAddress: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionTtlMs: 30 * 24 * 60 * 60 * 1000,
  sessionTouchIntervalMs: 60 * 60 * 1000,
  signInWindowMs: 15 * 60 * 1000,
  signInLimitPerAccount: 10,
  signInLimitPerAddress: 100,
};

export interface IssuedSession {
  user: UserRow;
  session: SessionRow;
  /** The bearer secret for the cookie; only its hash is stored. */
  token: string;
}

/** The person behind a session, as much as every request needs (never the password hash). */
export type SessionUser = Pick<UserRow, 'id' | 'email' | 'displayName' | 'timeZone' | 'createdAt' | 'role' | 'profession' | 'licenceNumber'>;

const INVALID_CREDENTIALS = () =>
  new ApiError(
    401,
    PROBLEM_TYPES.unauthenticated,
    'Sign-in failed',
    'That email and password do not match an account. Check them and try again.',
  );

function accountKey(email: string): string {
  return `sign-in:account:${createHash('sha256').update(email).digest('base64url')}`;
}

function addressKey(address: string): string {
  return `sign-in:address:${address}`;
}

/** Accounts and sessions: sign-up, sign-in, sign-out, session lookup, deletion. */
export class AuthService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly settings: AuthSettings = DEFAULT_AUTH_SETTINGS,
  ) {}

  async signUp(input: {
    email: string;
    password: string;
    displayName?: string | undefined;
    timeZone?: string | undefined;
    clinician?: { profession: string; licenceNumber?: string | undefined } | undefined;
    userAgent: string | null;
  }): Promise<IssuedSession> {
    if (isCommonPassword(input.password)) {
      throw problems.validation([
        {
          field: 'password',
          pointer: '/password',
          in: 'body',
          detail: 'This password is among the most common ones. Choose one that is harder to guess.',
        },
      ]);
    }
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now().toISOString();
    const user: UserRow = {
      id: uuidv7(),
      email: input.email,
      passwordHash,
      displayName: input.displayName ?? null,
      timeZone: input.timeZone ?? 'UTC',
      createdAt: now,
      updatedAt: now,
      role: input.clinician ? 'clinician' : 'person',
      profession: input.clinician?.profession ?? null,
      licenceNumber: input.clinician?.licenceNumber || null,
    };
    try {
      return await this.db.transaction().execute(async (trx) => {
        await new UserRepository(trx).insert(user);
        return { user, ...(await this.createSession(trx, user.id, input.userAgent)) };
      });
    } catch (error) {
      if (await new UserRepository(this.db).findByEmail(input.email)) {
        throw problems.conflict('An account with this email already exists. Try signing in.', [
          { field: 'email', pointer: '/email', in: 'body', detail: 'An account with this email already exists.' },
        ]);
      }
      throw error;
    }
  }

  async signIn(input: {
    email: string;
    password: string;
    address: string;
    userAgent: string | null;
  }): Promise<IssuedSession> {
    const limits = new RateLimitRepository(this.db);
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.settings.signInWindowMs).toISOString();
    const keys = [
      { key: accountKey(input.email), limit: this.settings.signInLimitPerAccount },
      { key: addressKey(input.address), limit: this.settings.signInLimitPerAddress },
    ];
    for (const { key, limit } of keys) {
      const bucket = await limits.current(key, windowStart);
      if (bucket && bucket.count >= limit) {
        const retryAt = new Date(bucket.windowStartedAt).getTime() + this.settings.signInWindowMs;
        throw problems.rateLimited(Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)));
      }
    }

    const user = await new UserRepository(this.db).findByEmail(input.email);
    const ok = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await burnPasswordCheck(input.password), false);
    if (!user || !ok) {
      const nowIso = now.toISOString();
      for (const { key } of keys) await limits.hit(key, nowIso, windowStart);
      throw INVALID_CREDENTIALS();
    }
    await limits.clear(keys[0]!.key);
    return { user, ...(await this.createSession(this.db, user.id, input.userAgent)) };
  }

  private async createSession(
    db: Kysely<DB>,
    userId: string,
    userAgent: string | null,
  ): Promise<{ session: SessionRow; token: string }> {
    const token = newSecret();
    const now = this.clock.now();
    const session: SessionRow = {
      id: uuidv7(now.getTime()),
      userId,
      tokenHash: hashSecret(token),
      csrfToken: newSecret(),
      userAgent: userAgent ? userAgent.slice(0, 300) : null,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.settings.sessionTtlMs).toISOString(),
    };
    await new SessionRepository(db).insert(session);
    return { session, token };
  }

  /** The live session and its person for a cookie token, the expiry slid forward at most once per touch interval. */
  async authenticate(token: string): Promise<{ session: SessionRow; user: SessionUser } | undefined> {
    const sessions = new SessionRepository(this.db);
    const now = this.clock.now();
    const found = await sessions.findActiveWithUser(hashSecret(token), now.toISOString());
    if (!found) return undefined;
    const { userEmail, userDisplayName, userTimeZone, userCreatedAt, userRole, userProfession, userLicenceNumber, ...session } = found;
    const user: SessionUser = {
      id: session.userId,
      email: userEmail,
      displayName: userDisplayName,
      timeZone: userTimeZone,
      createdAt: userCreatedAt,
      role: userRole,
      profession: userProfession,
      licenceNumber: userLicenceNumber,
    };
    if (now.getTime() - new Date(session.lastSeenAt).getTime() >= this.settings.sessionTouchIntervalMs) {
      const expiresAt = new Date(now.getTime() + this.settings.sessionTtlMs).toISOString();
      await sessions.touch(session.id, now.toISOString(), expiresAt);
      return { session: { ...session, lastSeenAt: now.toISOString(), expiresAt }, user };
    }
    return { session, user };
  }

  async signOut(sessionId: string, userId: string): Promise<void> {
    await new SessionRepository(this.db).deleteForUser(sessionId, userId);
  }

  async updateProfile(
    userId: string,
    changes: { displayName?: string | null | undefined; timeZone?: string | undefined },
  ): Promise<UserRow> {
    const user = await new UserRepository(this.db).updateProfile(userId, changes, this.clock.now().toISOString());
    if (!user) throw problems.unauthenticated();
    return user;
  }

  listSessions(userId: string): Promise<SessionRow[]> {
    return new SessionRepository(this.db).listActiveForUser(userId, this.clock.now().toISOString());
  }

  async revokeSession(actor: Actor, sessionId: string): Promise<void> {
    const sessions = new SessionRepository(this.db);
    const session = await sessions.findById(sessionId);
    authorize(actor, 'session.revoke', session, 'That session');
    await sessions.deleteForUser(session.id, session.userId);
  }

  /**
   * Deletes the account and every row it owns, in one transaction. The password is asked again so an
   * unlocked phone in someone else's hands cannot erase a person's history.
   */
  async deleteAccount(userId: string, password: string): Promise<void> {
    const users = new UserRepository(this.db);
    const user = await users.findById(userId);
    if (!user) throw problems.unauthenticated();
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw problems.validation([
        { field: 'password', pointer: '/password', in: 'body', detail: 'That password is not right.' },
      ]);
    }
    await this.db.transaction().execute(async (trx) => {
      for (const { table, ownerColumn } of OWNED_TABLES) {
        await trx.deleteFrom(table).where(ownerColumn, '=', userId).execute();
      }
      await new RateLimitRepository(trx).clear(accountKey(user.email));
      await new UserRepository(trx).delete(userId);
    });
  }

  /** Housekeeping: drops expired sessions and stale rate-limit windows. */
  async sweep(): Promise<void> {
    const now = this.clock.now();
    await new SessionRepository(this.db).deleteExpired(now.toISOString());
    await new RateLimitRepository(this.db).deleteOlderThan(
      new Date(now.getTime() - this.settings.signInWindowMs).toISOString(),
    );
  }
}
