import type { SessionSummary, User } from '@ask-anyway/core';
import type { SessionRow } from '../modules/auth/session.repository.js';
import type { UserRow } from '../modules/auth/user.repository.js';
import type { SessionUser } from '../modules/auth/auth.service.js';

/** The only shape of a user that leaves the server: never the password hash. */
export function presentUser(user: SessionUser | UserRow): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    timeZone: user.timeZone,
    createdAt: user.createdAt,
    role: user.role === 'clinician' ? 'clinician' : 'person',
    clinician: user.role === 'clinician' ? { profession: user.profession ?? '', licenceNumber: user.licenceNumber } : null,
  };
}

/** A session as its owner sees it: never the token hash or CSRF token of another session. */
export function presentSession(session: SessionRow, currentSessionId: string): SessionSummary {
  return {
    id: session.id,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: session.expiresAt,
    userAgent: session.userAgent,
    current: session.id === currentSessionId,
  };
}
