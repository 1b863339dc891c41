import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, ExperimentsTable } from '../../db/schema.js';

export type ExperimentRow = Selectable<ExperimentsTable>;

/** The columns the domain computes with: no free text (a year of rows reads in half the time). */
export const FACT_COLUMNS = [
  'id',
  'rungId',
  'challengeSlug',
  'occurredAt',
  'timeZone',
  'localDate',
  'expectedSuds',
  'beliefBefore',
  'outcome',
  'actualSuds',
  'fearedHappened',
  'beliefAfter',
  'updatedAt',
] as const satisfies readonly (keyof ExperimentRow)[];
export type ExperimentFactsRow = Pick<ExperimentRow, (typeof FACT_COLUMNS)[number]>;

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

  /** Every experiment of a person, oldest first, only the columns the statistics and the rails read. */
  listFactsForUser(userId: string): Promise<ExperimentFactsRow[]> {
    return this.db
      .selectFrom('experiments')
      .select(FACT_COLUMNS)
      .where('userId', '=', userId)
      .orderBy('occurredAt', 'asc')
      .orderBy('id', 'asc')
      .execute();
  }

  /** When the person last changed an experiment, and whether an ask since `since` peaked at `peak` or more. */
  async activitySince(userId: string, since: string, peak: number): Promise<{ lastUpdatedAt: string | null; peakedSince: boolean }> {
    const [last, peaked] = await Promise.all([
      this.db
        .selectFrom('experiments')
        .select((eb) => eb.fn.max('updatedAt').as('lastUpdatedAt'))
        .where('userId', '=', userId)
        .executeTakeFirst(),
      this.db
        .selectFrom('experiments')
        .select('id')
        .where('userId', '=', userId)
        .where('occurredAt', '>=', since)
        .where('outcome', 'in', ['rejected', 'accepted', 'partly'])
        .where('actualSuds', '>=', peak)
        .limit(1)
        .executeTakeFirst(),
    ]);
    return { lastUpdatedAt: last?.lastUpdatedAt ?? null, peakedSince: !!peaked };
  }

  /** A person's planned experiments (no outcome yet), oldest first. */
  listPlannedForUser(userId: string): Promise<ExperimentRow[]> {
    return this.db
      .selectFrom('experiments')
      .selectAll()
      .where('userId', '=', userId)
      .where('outcome', 'is', null)
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
