import type { Kysely, Selectable } from 'kysely';
import type { DB, SessionsTable } from '../../db/schema.js';

export type SessionRow = Selectable<SessionsTable>;

export class SessionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(session: SessionRow): Promise<void> {
    await this.db.insertInto('sessions').values(session).execute();
  }

  /**
   * The live session for a token hash with its person, in one query (every authenticated request asks
   * this), or nothing when unknown or expired.
   */
  findActiveWithUser(tokenHash: string, now: string) {
    return this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .selectAll('sessions')
      .select([
        'users.email as userEmail',
        'users.displayName as userDisplayName',
        'users.timeZone as userTimeZone',
        'users.createdAt as userCreatedAt',
        'users.role as userRole',
        'users.profession as userProfession',
        'users.licenceNumber as userLicenceNumber',
      ])
      .where('sessions.tokenHash', '=', tokenHash)
      .where('sessions.expiresAt', '>', now)
      .executeTakeFirst();
  }

  /** The live session for a token hash, or nothing when unknown or expired. */
  findActiveByTokenHash(tokenHash: string, now: string): Promise<SessionRow | undefined> {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tokenHash', '=', tokenHash)
      .where('expiresAt', '>', now)
      .executeTakeFirst();
  }

  findById(id: string): Promise<SessionRow | undefined> {
    return this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ lastSeenAt, expiresAt }).where('id', '=', id).execute();
  }

  listActiveForUser(userId: string, now: string): Promise<SessionRow[]> {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('userId', '=', userId)
      .where('expiresAt', '>', now)
      .orderBy('lastSeenAt', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /** Deletes one session only if it belongs to the user; false when there was no such session of theirs. */
  async deleteForUser(id: string, userId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('id', '=', id)
      .where('userId', '=', userId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async deleteExpired(now: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('expiresAt', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
