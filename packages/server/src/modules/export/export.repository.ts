import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PortableTable } from './export.format.js';

type Row = Record<string, unknown>;

/** The only SQL of export and import: a person's rows per table, and inserting rows for a person. */
export class ExportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** A person's rows of one table, without the owner column. */
  async rowsOf(table: PortableTable, userId: string): Promise<Row[]> {
    const rows = (await (this.db as unknown as Kysely<Record<string, Row>>)
      .selectFrom(table)
      .selectAll()
      .where('userId', '=', userId)
      .execute()) as Row[];
    return rows.map(({ userId: _owner, ...rest }) => rest);
  }

  async insertRows(table: PortableTable, userId: string, rows: readonly Row[]): Promise<void> {
    const db = this.db as unknown as Kysely<Record<string, Row>>;
    for (let i = 0; i < rows.length; i += 200) {
      let insert = db.insertInto(table).values(rows.slice(i, i + 200).map((r) => ({ ...r, userId })));
      // Suggestions shown are a per-day cache: one the account already has for the same day is kept.
      if (table === 'suggestionViews') insert = insert.onConflict((oc) => oc.columns(['userId', 'localDate', 'suggestionKey']).doNothing());
      await insert.execute();
    }
  }

  /** How many of these ids exist in a table already (anyone's). */
  async countExisting(table: PortableTable, ids: readonly string[]): Promise<number> {
    let n = 0;
    const db = this.db as unknown as Kysely<Record<string, Row>>;
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db.selectFrom(table).select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
      n += rows.length;
    }
    return n;
  }

  // Calendar tokens
  async insertCalendarToken(row: DB['calendarTokens']): Promise<void> {
    await this.db.insertInto('calendarTokens').values(row).execute();
  }
  async revokeCalendarTokens(userId: string, now: string): Promise<void> {
    await this.db.updateTable('calendarTokens').set({ revokedAt: now }).where('userId', '=', userId).where('revokedAt', 'is', null).execute();
  }
  liveCalendarToken(userId: string) {
    return this.db.selectFrom('calendarTokens').selectAll().where('userId', '=', userId).where('revokedAt', 'is', null).executeTakeFirst();
  }
  findLiveCalendarTokenByHash(tokenHash: string) {
    return this.db.selectFrom('calendarTokens').selectAll().where('tokenHash', '=', tokenHash).where('revokedAt', 'is', null).executeTakeFirst();
  }

  // The instance record (exported, never imported)
  sessionsOf(userId: string) {
    return this.db.selectFrom('sessions').select(['createdAt', 'lastSeenAt', 'expiresAt', 'userAgent']).where('userId', '=', userId).orderBy('createdAt').execute();
  }
  invitationsOf(userId: string) {
    return this.db
      .selectFrom('invitations')
      .select(['id', 'scopes', 'expiresAt', 'createdAt', 'acceptedAt', 'revokedAt'])
      .where('userId', '=', userId)
      .orderBy('createdAt')
      .execute();
  }
  connectionsOf(userId: string) {
    return this.db
      .selectFrom('connections')
      .leftJoin('users', 'users.id', 'connections.clinicianId')
      .select([
        'connections.id',
        'connections.scopes',
        'connections.maxStep',
        'connections.maxExpectedSuds',
        'connections.pauseSuggestions',
        'connections.createdAt',
        'connections.revokedAt',
        'users.displayName as clinicianName',
        'users.profession as clinicianProfession',
      ])
      .where('connections.userId', '=', userId)
      .orderBy('connections.createdAt')
      .execute();
  }
  async ownedRows(table: 'assignments' | 'feedback' | 'auditEvents', userId: string): Promise<Row[]> {
    const rows = (await (this.db as unknown as Kysely<Record<string, Row>>)
      .selectFrom(table)
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('createdAt')
      .execute()) as Row[];
    return rows.map(({ userId: _owner, ...rest }) => rest);
  }
}
