import type { Kysely, Selectable } from 'kysely';
import type { ChallengeRunsTable, DB } from '../../db/schema.js';

export type ChallengeRunRow = Selectable<ChallengeRunsTable>;

/** Rest days and 30-day challenge runs: the person's calendar. */
export class CalendarRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async listRestDays(userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('restDays')
      .select('localDate')
      .where('userId', '=', userId)
      .orderBy('localDate')
      .execute();
    return rows.map((r) => r.localDate);
  }

  /** Adds a rest day; adding one that exists is a no-op. */
  async addRestDay(userId: string, localDate: string, now: string): Promise<void> {
    await this.db
      .insertInto('restDays')
      .values({ userId, localDate, createdAt: now })
      .onConflict((oc) => oc.columns(['userId', 'localDate']).doNothing())
      .execute();
  }

  async removeRestDay(userId: string, localDate: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('restDays')
      .where('userId', '=', userId)
      .where('localDate', '=', localDate)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  activeRun(userId: string): Promise<ChallengeRunRow | undefined> {
    return this.db
      .selectFrom('challengeRuns')
      .selectAll()
      .where('userId', '=', userId)
      .where('endedAt', 'is', null)
      .executeTakeFirst();
  }

  /** The most recent run, running or ended. */
  latestRun(userId: string): Promise<ChallengeRunRow | undefined> {
    return this.db
      .selectFrom('challengeRuns')
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async insertRun(row: ChallengeRunRow): Promise<void> {
    await this.db.insertInto('challengeRuns').values(row).execute();
  }

  async endRun(id: string, endedAt: string): Promise<void> {
    await this.db.updateTable('challengeRuns').set({ endedAt }).where('id', '=', id).execute();
  }
}
