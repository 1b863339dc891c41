import {
  asksPerWeek,
  isAsk,
  localDate,
  MEASURE_IDS,
  practiceStats,
  rungProgress,
  summarizeMeasure,
  type Report,
} from '@ask-anyway/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { problems } from '../../http/problem.js';
import type { Clock } from '../../lib/clock.js';
import type { Person } from '../../policies/policy.js';
import { experimentFacts, presentExperiment } from '../../presenters/practice.presenter.js';
import { UserRepository } from '../auth/user.repository.js';
import { ExperimentRepository } from '../practice/experiment.repository.js';
import { LadderRepository } from '../practice/ladder.repository.js';
import { SafetyRepository } from '../safety/safety.repository.js';
import { presentSafetyEvent } from '../safety/safety.service.js';
import { entryFact } from './measures.service.js';
import { MeasuresRepository } from './measures.repository.js';

/** Everything a person may bring to a therapist for a period, in their own time zone's days. */
export class ReportService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  async build(person: Person, period: { from?: string | undefined; to?: string | undefined }): Promise<Report> {
    const userId = person.userId;
    const [user, rows, rungs, entries, events] = await Promise.all([
      new UserRepository(this.db).findById(userId),
      new ExperimentRepository(this.db).listAllForUser(userId),
      new LadderRepository(this.db).listForUser(userId),
      new MeasuresRepository(this.db).listForUser(userId),
      new SafetyRepository(this.db).listEvents(userId),
    ]);
    const timeZone = user?.timeZone ?? 'UTC';
    const now = this.clock.now().toISOString();
    const today = localDate(now, timeZone);
    const firstDates = [...rows.map((r) => r.localDate), ...entries.map((e) => localDate(e.takenAt, timeZone))].sort();
    const from = period.from ?? firstDates[0] ?? today;
    const to = period.to ?? today;
    if (from > to) {
      throw problems.invalidField('from', 'The start of the period must not be after its end.', 'query');
    }
    const inPeriod = (date: string) => date >= from && date <= to;
    const experiments = rows.filter((r) => inPeriod(r.localDate));
    const facts = experiments.map(experimentFacts);
    const measureFacts = entries.filter((e) => inPeriod(localDate(e.takenAt, timeZone))).map(entryFact);
    return {
      from,
      to,
      generatedAt: now,
      displayName: user?.displayName ?? null,
      stats: practiceStats(facts),
      measures: MEASURE_IDS.map((m) => summarizeMeasure(m, measureFacts)),
      rungs: rungProgress(rungs, facts),
      weeks: asksPerWeek(facts.filter(isAsk), to > today ? today : to, 520),
      experiments: experiments.map(presentExperiment),
      safetyEvents: events.filter((e) => inPeriod(localDate(e.createdAt, timeZone))).map(presentSafetyEvent),
    };
  }
}
