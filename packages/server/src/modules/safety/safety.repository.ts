import type { Kysely, Selectable } from 'kysely';
import type { DB, SafetyEventsTable, ScreeningsTable } from '../../db/schema.js';

export type ScreeningRow = Selectable<ScreeningsTable>;
export type SafetyEventRow = Selectable<SafetyEventsTable>;

export class SafetyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  latestScreening(userId: string): Promise<ScreeningRow | undefined> {
    return this.db
      .selectFrom('screenings')
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async insertScreening(row: ScreeningRow): Promise<void> {
    await this.db.insertInto('screenings').values(row).execute();
  }

  findEvent(id: string): Promise<SafetyEventRow | undefined> {
    return this.db.selectFrom('safetyEvents').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertEvent(row: SafetyEventRow): Promise<void> {
    await this.db.insertInto('safetyEvents').values(row).execute();
  }

  async deleteEvent(id: string): Promise<void> {
    await this.db.deleteFrom('safetyEvents').where('id', '=', id).execute();
  }

  async updateEvent(id: string, changes: { feeling?: string | null; toolsUsed?: string; note?: string | null }): Promise<void> {
    await this.db.updateTable('safetyEvents').set(changes).where('id', '=', id).execute();
  }

  listEvents(userId: string, kinds?: readonly string[]): Promise<SafetyEventRow[]> {
    let query = this.db.selectFrom('safetyEvents').selectAll().where('userId', '=', userId);
    if (kinds) query = query.where('kind', 'in', kinds);
    return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
  }

  /** The newest event of one of these kinds. */
  latestEvent(userId: string, kinds: readonly string[]): Promise<SafetyEventRow | undefined> {
    return this.db
      .selectFrom('safetyEvents')
      .selectAll()
      .where('userId', '=', userId)
      .where('kind', 'in', kinds)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** Suggestions shown on a local day, oldest first. */
  suggestionsOn(userId: string, localDate: string): Promise<{ suggestionKey: string; suggestion: string }[]> {
    return this.db
      .selectFrom('suggestionViews')
      .select(['suggestionKey', 'suggestion'])
      .where('userId', '=', userId)
      .where('localDate', '=', localDate)
      .orderBy('createdAt')
      .orderBy('suggestionKey')
      .execute();
  }

  async recordSuggestion(userId: string, localDate: string, key: string, suggestion: string, now: string): Promise<void> {
    await this.db
      .insertInto('suggestionViews')
      .values({ userId, localDate, suggestionKey: key, suggestion, createdAt: now })
      .onConflict((oc) => oc.columns(['userId', 'localDate', 'suggestionKey']).doNothing())
      .execute();
  }
}
