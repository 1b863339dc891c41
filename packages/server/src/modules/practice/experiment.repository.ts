import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, ExperimentsTable } from '../../db/schema.js';

export type ExperimentRow = Selectable<ExperimentsTable>;

export class ExperimentRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: string): Promise<ExperimentRow | undefined> {
    return this.db.selectFrom('experiments').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Every experiment of a person, oldest first: what the statistics read. */
  listAllForUser(userId: string): Promise<ExperimentRow[]> {
    return this.db
      .selectFrom('experiments')
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('occurredAt', 'asc')
      .orderBy('id', 'asc')
      .execute();
  }

  /** A page of a person's history, newest first, after a keyset cursor (occurredAt, id). */
  listPage(userId: string, limit: number, after?: { occurredAt: string; id: string }): Promise<ExperimentRow[]> {
    let query = this.db.selectFrom('experiments').selectAll().where('userId', '=', userId);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('occurredAt', '<', after.occurredAt),
          eb.and([eb('occurredAt', '=', after.occurredAt), eb('id', '<', after.id)]),
        ]),
      );
    }
    return query.orderBy('occurredAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }

  async insert(row: Insertable<ExperimentsTable>): Promise<void> {
    await this.db.insertInto('experiments').values(row).execute();
  }

  update(id: string, changes: Updateable<ExperimentsTable>): Promise<ExperimentRow | undefined> {
    return this.db.updateTable('experiments').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('experiments').where('id', '=', id).execute();
  }
}
