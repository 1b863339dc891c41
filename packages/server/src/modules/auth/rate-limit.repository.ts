import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export interface Bucket {
  count: number;
  windowStartedAt: string;
}

/**
 * Fixed-window counters in the database, so every server instance sees the same counts.
 * The increment is one atomic upsert; a window older than `windowStart` restarts at 1.
 */
export class RateLimitRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The bucket's count within the window that started after `windowStart`, 0 if none. */
  async current(key: string, windowStart: string): Promise<Bucket | undefined> {
    return this.db
      .selectFrom('rateLimits')
      .select(['count', 'windowStartedAt'])
      .where('key', '=', key)
      .where('windowStartedAt', '>', windowStart)
      .executeTakeFirst();
  }

  async hit(key: string, now: string, windowStart: string): Promise<Bucket> {
    const expired = sql<boolean>`${sql.ref('rateLimits.windowStartedAt')} <= ${windowStart}`;
    return this.db
      .insertInto('rateLimits')
      .values({ key, count: 1, windowStartedAt: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when ${expired} then 1 else ${sql.ref('rateLimits.count')} + 1 end`,
          windowStartedAt: sql<string>`case when ${expired} then ${now} else ${sql.ref('rateLimits.windowStartedAt')} end`,
        }),
      )
      .returning(['count', 'windowStartedAt'])
      .executeTakeFirstOrThrow();
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('rateLimits').where('key', '=', key).execute();
  }

  async deleteOlderThan(windowStart: string): Promise<void> {
    await this.db.deleteFrom('rateLimits').where('windowStartedAt', '<=', windowStart).execute();
  }
}
