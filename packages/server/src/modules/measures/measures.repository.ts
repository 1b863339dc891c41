import type { Kysely, Selectable } from 'kysely';
import type { DB, MeasureEntriesTable } from '../../db/schema.js';

export type MeasureEntryRow = Selectable<MeasureEntriesTable>;

export class MeasuresRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: string): Promise<MeasureEntryRow | undefined> {
    return this.db.selectFrom('measureEntries').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The entry that corrects this one, if any. */
  findCorrectionOf(id: string): Promise<MeasureEntryRow | undefined> {
    return this.db.selectFrom('measureEntries').selectAll().where('correctsId', '=', id).executeTakeFirst();
  }

  async insert(row: MeasureEntryRow): Promise<void> {
    await this.db.insertInto('measureEntries').values(row).execute();
  }

  /** Every entry of a person, newest first. */
  listForUser(userId: string, measure?: string): Promise<MeasureEntryRow[]> {
    let query = this.db.selectFrom('measureEntries').selectAll().where('userId', '=', userId);
    if (measure) query = query.where('measure', '=', measure);
    return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
  }
}
