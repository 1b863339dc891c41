import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, LadderRungsTable } from '../../db/schema.js';

export type RungRow = Selectable<LadderRungsTable>;

export class LadderRepository {
  constructor(private readonly db: Kysely<DB>) {}

  listForUser(userId: string): Promise<RungRow[]> {
    return this.db.selectFrom('ladderRungs').selectAll().where('userId', '=', userId).execute();
  }

  findById(id: string): Promise<RungRow | undefined> {
    return this.db.selectFrom('ladderRungs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<LadderRungsTable>): Promise<void> {
    await this.db.insertInto('ladderRungs').values(row).execute();
  }

  update(id: string, changes: { title?: string; suds?: number; updatedAt: string }): Promise<RungRow | undefined> {
    return this.db.updateTable('ladderRungs').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('ladderRungs').where('id', '=', id).execute();
  }
}
