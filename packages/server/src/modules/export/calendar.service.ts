import { calendarItems, findChallenge, icalFeed } from '@ask-anyway/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { problems } from '../../http/problem.js';
import type { Clock } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { hashSecret, newSecret } from '../../lib/secrets.js';
import { personActor, type Person } from '../../policies/policy.js';
import { presentExperiment } from '../../presenters/practice.presenter.js';
import { UserRepository } from '../auth/user.repository.js';
import type { MeasuresService } from '../measures/measures.service.js';
import { CalendarRepository } from '../practice/calendar.repository.js';
import { ExperimentRepository } from '../practice/experiment.repository.js';
import { ExportRepository } from './export.repository.js';

export const CALENDAR_FEED_PATH = '/api/calendar/feed/';

/** The private calendar feed: one live secret token per person, revocable at once. */
export class CalendarFeedService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly measures: MeasuresService,
  ) {}

  async status(person: Person) {
    const live = await new ExportRepository(this.db).liveCalendarToken(person.userId);
    return { active: !!live, includePersonalText: live?.includePersonalText === 1, createdAt: live?.createdAt ?? null };
  }

  /** A new secret feed address; any earlier one stops working. The token is shown only now. */
  async create(person: Person, includePersonalText: boolean) {
    const token = newSecret();
    const now = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new ExportRepository(trx);
      await repo.revokeCalendarTokens(person.userId, now);
      await repo.insertCalendarToken({
        id: uuidv7(),
        userId: person.userId,
        tokenHash: hashSecret(token),
        includePersonalText: includePersonalText ? 1 : 0,
        createdAt: now,
        revokedAt: null,
      });
    });
    return { active: true, includePersonalText, createdAt: now, path: `${CALENDAR_FEED_PATH}${token}` };
  }

  async revoke(person: Person): Promise<void> {
    await new ExportRepository(this.db).revokeCalendarTokens(person.userId, this.clock.now().toISOString());
  }

  /** The feed for a token; an unknown or revoked token is simply not found. */
  async feed(token: string): Promise<string> {
    const live = await new ExportRepository(this.db).findLiveCalendarTokenByHash(hashSecret(token));
    if (!live) throw problems.notFound('That calendar');
    const person = personActor(live.userId);
    const [user, rows, restDays, overview] = await Promise.all([
      new UserRepository(this.db).findById(live.userId),
      new ExperimentRepository(this.db).listPlannedForUser(live.userId),
      new CalendarRepository(this.db).listRestDays(live.userId),
      this.measures.overview(person),
    ]);
    const timeZone = user?.timeZone ?? 'UTC';
    const now = this.clock.now().toISOString();
    const items = calendarItems({
      experiments: rows.map(presentExperiment),
      restDays,
      due: overview.due.map((d) => ({ measure: d.measure, nextAt: d.due ? now : d.nextAt })),
      includePersonalText: live.includePersonalText === 1,
      challengeTitle: (slug) => findChallenge(slug)?.title,
      timeZone,
    });
    return icalFeed({ calendarName: 'Ask Anyway', generatedAt: now, items });
  }
}
