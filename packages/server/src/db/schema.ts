import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it, in camelCase (CamelCasePlugin maps to snake_case columns).
 * Times are ISO 8601 UTC strings with milliseconds (`2026-11-26T05:20:00.000Z`) on both engines, so they
 * compare and sort the same way in SQLite and PostgreSQL. See docs/DECISIONS.md.
 */
export interface UsersTable {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionsTable {
  id: string;
  userId: string;
  tokenHash: string;
  csrfToken: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** Fixed-window counters for sign-in attempts; shared by every server instance through the database. */
export interface RateLimitsTable {
  key: string;
  count: number;
  windowStartedAt: string;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  rateLimits: RateLimitsTable;
}

/** Tables that hold a person's rows, with the column naming the owner; deletion and tests walk this. */
export const OWNED_TABLES = [{ table: 'sessions', ownerColumn: 'userId' }] as const satisfies readonly {
  table: keyof DB;
  ownerColumn: string;
}[];

export type { Generated };
