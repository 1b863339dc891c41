import type { Kysely } from 'kysely';

// Questionnaires (GAD-7, PHQ-9, A-RSQ): each submission is a dated entry whose answers never change; a
// correction is a new entry pointing at the one it corrects. Scores are computed from the answers by core,
// so a stored score can never disagree with the scoring rules.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('measure_entries')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('difficulty', 'integer')
    .addColumn('complete', 'integer', (c) => c.notNull())
    .addColumn('crisis_flag', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('corrects_id', 'text', (c) => c.references('measure_entries.id').onDelete('cascade'))
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('measure_entries_user_taken_idx').on('measure_entries').columns(['user_id', 'taken_at']).execute();
  // An entry is corrected at most once (a later correction corrects the correction), on both engines.
  await db.schema.createIndex('measure_entries_corrects_idx').on('measure_entries').column('corrects_id').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('measure_entries').execute();
}
