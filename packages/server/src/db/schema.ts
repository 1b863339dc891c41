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
  timeZone: string;
  createdAt: string;
  updatedAt: string;
  /** person | clinician */
  role: Generated<string>;
  /** Clinicians only, self-declared. */
  profession: string | null;
  licenceNumber: string | null;
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

export interface LadderRungsTable {
  id: string;
  userId: string;
  challengeSlug: string | null;
  title: string;
  suds: number;
  createdAt: string;
  updatedAt: string;
}

export interface ExperimentsTable {
  id: string;
  userId: string;
  rungId: string | null;
  challengeSlug: string | null;
  title: string;
  fearedConsequence: string | null;
  beliefBefore: number | null;
  expectedSuds: number | null;
  /** JSON array of safety-behaviour ids. */
  safetyToDrop: string;
  safetyOther: string | null;
  outcome: string | null;
  actualSuds: number | null;
  fearedHappened: string | null;
  beliefAfter: number | null;
  /** JSON array of safety-behaviour ids. */
  safetyUsed: string;
  learned: string | null;
  /** 0 or 1: logged through the quick path. */
  quick: number;
  /** 0 or 1: chosen above the rails after the person confirmed the heads-up. */
  aboveRails: number;
  occurredAt: string;
  timeZone: string;
  /** `YYYY-MM-DD` in `timeZone` at `occurredAt`, kept for day queries. */
  localDate: string;
  createdAt: string;
  updatedAt: string;
}

export interface RestDaysTable {
  userId: string;
  localDate: string;
  createdAt: string;
}

export interface ChallengeRunsTable {
  id: string;
  userId: string;
  startedOn: string;
  timeZone: string;
  createdAt: string;
  endedAt: string | null;
}

export interface ScreeningsTable {
  id: string;
  userId: string;
  version: number;
  /** 0 or 1; when 1 every answer is null. */
  skipped: number;
  adult: number | null;
  selfHarmThoughts: number | null;
  traumaRejection: number | null;
  panicAttacks: number | null;
  severeLowMood: number | null;
  substanceCoping: number | null;
  route: string;
  mode: string;
  createdAt: string;
}

export interface SafetyEventsTable {
  id: string;
  userId: string;
  /** panic | moment | crisis-answer | safe-check-in | heads-up-confirmed */
  kind: string;
  experimentId: string | null;
  /** The difficulty of what was attempted, for the rails' step-down. */
  level: number | null;
  feeling: string | null;
  /** JSON array of support tools used. */
  toolsUsed: string;
  note: string | null;
  createdAt: string;
}

export interface SuggestionViewsTable {
  userId: string;
  localDate: string;
  suggestionKey: string;
  /** The suggestion as shown (JSON), so it can be shown again once the daily cap is reached. */
  suggestion: string;
  createdAt: string;
}

export interface MeasureEntriesTable {
  id: string;
  userId: string;
  /** gad7 | phq9 | arsq */
  measure: string;
  /** JSON: the answers in item order (null where left out). */
  answers: string;
  difficulty: number | null;
  /** 0 or 1. */
  complete: number;
  /** 1 when PHQ-9 item 9 was above 0. */
  crisisFlag: number;
  correctsId: string | null;
  /** When the questionnaire was answered; a correction keeps the time of what it corrects. */
  takenAt: string;
  createdAt: string;
}

export interface InvitationsTable {
  id: string;
  userId: string;
  /** SHA-256 of the code; the code itself is shown once and never stored. */
  codeHash: string;
  /** JSON array of scopes. */
  scopes: string;
  expiresAt: string;
  createdAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
}

export interface ConnectionsTable {
  id: string;
  /** The person who shares. */
  userId: string;
  clinicianId: string;
  scopes: string;
  maxStep: number | null;
  maxExpectedSuds: number | null;
  pauseSuggestions: number;
  createdAt: string;
  updatedAt: string;
  revokedAt: string | null;
}

export interface AssignmentsTable {
  id: string;
  userId: string;
  connectionId: string;
  /** challenge | rung */
  kind: string;
  challengeSlug: string | null;
  title: string;
  suds: number;
  note: string | null;
  /** pending | accepted | declined */
  status: string;
  createdAt: string;
  respondedAt: string | null;
  rungId: string | null;
  experimentId: string | null;
}

export interface FeedbackTable {
  id: string;
  userId: string;
  connectionId: string;
  experimentId: string;
  text: string;
  createdAt: string;
}

export interface AuditEventsTable {
  id: string;
  /** The person whose data was read or written. */
  userId: string;
  actorId: string | null;
  /** Who, as the person saw them at the time (kept if the clinician's account goes). */
  actorLabel: string;
  /** read | write */
  action: string;
  what: string;
  createdAt: string;
}

export interface CalendarTokensTable {
  id: string;
  userId: string;
  /** SHA-256 of the feed's secret token. */
  tokenHash: string;
  /** 0 or 1: the feed may carry the person's own titles and notes. */
  includePersonalText: number;
  createdAt: string;
  revokedAt: string | null;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  rateLimits: RateLimitsTable;
  ladderRungs: LadderRungsTable;
  experiments: ExperimentsTable;
  restDays: RestDaysTable;
  challengeRuns: ChallengeRunsTable;
  screenings: ScreeningsTable;
  safetyEvents: SafetyEventsTable;
  suggestionViews: SuggestionViewsTable;
  measureEntries: MeasureEntriesTable;
  invitations: InvitationsTable;
  connections: ConnectionsTable;
  assignments: AssignmentsTable;
  feedback: FeedbackTable;
  auditEvents: AuditEventsTable;
  calendarTokens: CalendarTokensTable;
}

/**
 * Tables that hold a person's rows, with the column naming the owner, in an order that deletes
 * children before parents. Account deletion and its test walk this list; a new owned table goes here.
 */
export const OWNED_TABLES = [
  { table: 'calendarTokens', ownerColumn: 'userId' },
  { table: 'auditEvents', ownerColumn: 'userId' },
  { table: 'feedback', ownerColumn: 'userId' },
  { table: 'assignments', ownerColumn: 'userId' },
  { table: 'connections', ownerColumn: 'userId' },
  { table: 'invitations', ownerColumn: 'userId' },
  { table: 'measureEntries', ownerColumn: 'userId' },
  { table: 'safetyEvents', ownerColumn: 'userId' },
  { table: 'screenings', ownerColumn: 'userId' },
  { table: 'suggestionViews', ownerColumn: 'userId' },
  { table: 'experiments', ownerColumn: 'userId' },
  { table: 'ladderRungs', ownerColumn: 'userId' },
  { table: 'restDays', ownerColumn: 'userId' },
  { table: 'challengeRuns', ownerColumn: 'userId' },
  { table: 'sessions', ownerColumn: 'userId' },
] as const satisfies readonly {
  table: keyof DB;
  ownerColumn: string;
}[];

export type { Generated };

// A record keyed by every table: adding a table to DB without listing it here fails to compile.
const EVERY_TABLE: Record<keyof DB, true> = {
  users: true,
  sessions: true,
  rateLimits: true,
  ladderRungs: true,
  experiments: true,
  restDays: true,
  challengeRuns: true,
  screenings: true,
  safetyEvents: true,
  suggestionViews: true,
  measureEntries: true,
  invitations: true,
  connections: true,
  assignments: true,
  feedback: true,
  auditEvents: true,
  calendarTokens: true,
};
/** Every table, for tests that count rows and for tools that walk the whole database. */
export const ALL_TABLES = Object.keys(EVERY_TABLE) as (keyof DB)[];
