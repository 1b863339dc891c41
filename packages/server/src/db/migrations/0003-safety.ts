import type { Kysely } from 'kysely';

// Safety: screening answers (each submission kept, the latest counts), safety events (panic,
// "I need a moment", crisis answers, safe check-ins, confirmed heads-ups), suggestions shown per day
// for the daily cap, and the mark on an experiment chosen above the rails.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('screenings')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    .addColumn('adult', 'integer')
    .addColumn('self_harm_thoughts', 'integer')
    .addColumn('trauma_rejection', 'integer')
    .addColumn('panic_attacks', 'integer')
    .addColumn('severe_low_mood', 'integer')
    .addColumn('substance_coping', 'integer')
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('screenings_user_created_idx').on('screenings').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('safety_events')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('experiment_id', 'text', (c) => c.references('experiments.id').onDelete('set null'))
    .addColumn('level', 'integer')
    .addColumn('feeling', 'text')
    .addColumn('tools_used', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safety_events_user_created_idx').on('safety_events').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('suggestion_views')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('suggestion_key', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('suggestion_views_pk', ['user_id', 'local_date', 'suggestion_key'])
    .execute();

  await db.schema
    .alterTable('experiments')
    .addColumn('above_rails', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('experiments').dropColumn('above_rails').execute();
  await db.schema.dropTable('suggestion_views').execute();
  await db.schema.dropTable('safety_events').execute();
  await db.schema.dropTable('screenings').execute();
}
