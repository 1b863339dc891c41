import { sql, type Kysely } from 'kysely';

// The practice: a person's fear ladder, behavioural experiments, rest days and 30-day challenges.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .execute();

  await db.schema
    .createTable('ladder_rungs')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('challenge_slug', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('suds', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ladder_rungs_user_id_idx').on('ladder_rungs').column('user_id').execute();

  await db.schema
    .createTable('experiments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('rung_id', 'text', (c) => c.references('ladder_rungs.id').onDelete('set null'))
    .addColumn('challenge_slug', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('feared_consequence', 'text')
    .addColumn('belief_before', 'integer')
    .addColumn('expected_suds', 'integer')
    .addColumn('safety_to_drop', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('safety_other', 'text')
    .addColumn('outcome', 'text')
    .addColumn('actual_suds', 'integer')
    .addColumn('feared_happened', 'text')
    .addColumn('belief_after', 'integer')
    .addColumn('safety_used', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('learned', 'text')
    .addColumn('quick', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('experiments_user_occurred_idx')
    .on('experiments')
    .columns(['user_id', 'occurred_at', 'id'])
    .execute();
  await db.schema.createIndex('experiments_rung_id_idx').on('experiments').column('rung_id').execute();

  await db.schema
    .createTable('rest_days')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rest_days_pk', ['user_id', 'local_date'])
    .execute();

  await db.schema
    .createTable('challenge_runs')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  // At most one running challenge per person, enforced by the database on both engines.
  await db.schema
    .createIndex('challenge_runs_one_active_idx')
    .on('challenge_runs')
    .column('user_id')
    .unique()
    .where(sql.ref('ended_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('challenge_runs').execute();
  await db.schema.dropTable('rest_days').execute();
  await db.schema.dropTable('experiments').execute();
  await db.schema.dropTable('ladder_rungs').execute();
  await db.schema.alterTable('users').dropColumn('time_zone').execute();
}
