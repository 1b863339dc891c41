import { createHash } from 'node:crypto';
import {
  asksPerWeek,
  combineClinicianLimits,
  rungProgress,
  DAILY_SUGGESTION_CAP,
  coachSuggest,
  anticipationSummary,
  demonstratedLevel,
  headsUpFor,
  lastOverwhelm,
  pace,
  type PacingDecision,
  type PacingStatus,
  type SuggestionView,
  catalogue,
  challengeDay,
  computeStreak,
  findChallenge,
  findGaps,
  isAsk,
  localDate,
  practiceStats,
  rungMastery,
  sortLadder,
  type ChallengeRun,
  type CreateExperimentRequest,
  type CreateRungRequest,
  type Experiment,
  type Ladder,
  type Progress,
  type Today,
  type UpdateExperimentRequest,
  type UpdateRungRequest,
  type Rung,
} from '@ask-anyway/core';
import type { Kysely, Updateable } from 'kysely';
import type { DB, ExperimentsTable } from '../../db/schema.js';
import { problems } from '../../http/problem.js';
import type { Clock } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { authorize, type Person } from '../../policies/policy.js';
import { experimentFacts, presentExperiment, presentRung } from '../../presenters/practice.presenter.js';
import { UserRepository } from '../auth/user.repository.js';
import { CalendarRepository, type ChallengeRunRow } from './calendar.repository.js';
import { ExperimentRepository, type ExperimentFactsRow, type ExperimentRow } from './experiment.repository.js';
import { LadderRepository } from './ladder.repository.js';
import { createOnce, type Created } from '../../db/create-once.js';
import { SafetyRepository } from '../safety/safety.repository.js';
import { ClinicianRepository } from '../clinicians/clinician.repository.js';
import type { SafetyService } from '../safety/safety.service.js';
import { ApiError } from '../../http/problem.js';


const fieldError = problems.invalidField;

const facts = experimentFacts;

/** The streak over the stored local days of asks (each ask keeps the day it happened on). */
function streakOf(rows: readonly ExperimentFactsRow[], restDays: readonly string[], today: string) {
  return computeStreak({ askDates: rows.filter((r) => isAsk(facts(r))).map((r) => r.localDate), restDates: restDays, today });
}

function encodeCursor(row: ExperimentRow): string {
  return Buffer.from(JSON.stringify([row.occurredAt, row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { occurredAt: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { occurredAt: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw problems.validation([{ field: 'cursor', pointer: '/cursor', in: 'query', detail: 'Not a cursor this API gave out.' }]);
}

/** A seed that stays the same for one person on one day, so Today does not reshuffle on every visit. */
function dailySeed(userId: string, today: string): number {
  return createHash('sha256').update(`${userId}:${today}`).digest().readUInt32BE(0);
}

/** The practice: ladder, experiments, rest days, the 30-day challenge, Today and progress. */
export class PracticeService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly safety: SafetyService,
  ) {}

  /**
   * Everything the rails need for one person right now, and their decision. Every suggestion and every
   * heads-up goes through this one call, so the server and the core module cannot disagree.
   */
  async pacing(userId: string) {
    const timeZone = await this.timeZoneOf(userId);
    const now = this.clock.now();
    const today = localDate(now, timeZone);
    const calendar = new CalendarRepository(this.db);
    const [rows, rungs, restDays, run, safety, shown, connections] = await Promise.all([
      new ExperimentRepository(this.db).listFactsForUser(userId),
      new LadderRepository(this.db).listForUser(userId),
      calendar.listRestDays(userId),
      calendar.activeRun(userId),
      this.safety.context(userId),
      new SafetyRepository(this.db).suggestionsOn(userId, today),
      new ClinicianRepository(this.db).listLiveForPerson(userId),
    ]);
    // Every live clinician's limits, the strictest of each winning; a revoked connection's stop at once.
    const clinician = combineClinicianLimits(
      connections.map((c) => ({ maxStep: c.maxStep, maxExpectedSuds: c.maxExpectedSuds, pauseSuggestions: c.pauseSuggestions === 1 })),
    );
    const experiments = rows.map(facts);
    const level = demonstratedLevel(experiments, rungs, catalogue);
    const pacingInput = {
      mode: safety.outcome.mode,
      now: now.toISOString(),
      pausedFor: safety.pausedFor,
      suggestionsToday: 0,
      clinician,
    };
    const decision: PacingDecision = pace({
      ...pacingInput,
      demonstratedLevel: level,
      lastOverwhelm: lastOverwhelm(experiments, safety.panics, rungs, catalogue, level ?? (safety.outcome.mode === 'supported' ? 20 : 30)),
      suggestionsToday: shown.length,
    });
    return { today, timeZone, rows, experiments, rungs, restDays, run, safety, shown, pacingInput, decision };
  }

  private async timeZoneOf(userId: string): Promise<string> {
    const user = await new UserRepository(this.db).findById(userId);
    if (!user) throw problems.unauthenticated();
    return user.timeZone;
  }

  // ── Ladder ──────────────────────────────────────────────────────────────────────────────────────
  async ladder(person: Person): Promise<Ladder> {
    const [rungs, experiments] = await Promise.all([
      new LadderRepository(this.db).listForUser(person.userId),
      new ExperimentRepository(this.db).listFactsForUser(person.userId),
    ]);
    const byRung = new Map<string, ExperimentFactsRow[]>();
    for (const e of experiments) {
      if (!e.rungId) continue;
      const list = byRung.get(e.rungId);
      if (list) list.push(e);
      else byRung.set(e.rungId, [e]);
    }
    const views: Rung[] = sortLadder(rungs).map((r) => {
      const attempts = byRung.get(r.id) ?? [];
      const asked = attempts.filter((a) => isAsk(facts(a)));
      return presentRung(r, rungMastery(attempts.map(facts)), asked.at(-1)?.occurredAt ?? null);
    });
    const gaps = findGaps(rungs, catalogue).map((g) => ({
      ...g,
      suggestions: g.suggestions.map((c) => ({ slug: c.slug, title: c.title, difficulty: c.difficulty })),
    }));
    return { rungs: views, gaps };
  }

  async addRung(person: Person, input: CreateRungRequest): Promise<Created<Rung>> {
    const challenge = input.challengeSlug ? findChallenge(input.challengeSlug) : undefined;
    if (input.challengeSlug && !challenge) throw fieldError('challengeSlug', 'That challenge is not in the catalogue.');
    const repo = new LadderRepository(this.db);
    const { row, created } = await createOnce({
      clientId: input.id,
      userId: person.userId,
      find: (id) => repo.findById(id),
      insert: async (id) => {
        const now = this.clock.now().toISOString();
        const row = {
          id,
          userId: person.userId,
          challengeSlug: challenge?.slug ?? null,
          title: input.title ?? challenge!.title,
          suds: input.suds,
          createdAt: now,
          updatedAt: now,
        };
        await repo.insert(row);
        return row;
      },
    });
    if (!created) {
      const view = (await this.ladder(person)).rungs.find((r) => r.id === row.id);
      if (view) return { row: view, created };
    }
    return { row: presentRung(row, rungMastery([]), null), created };
  }

  async updateRung(person: Person, id: string, input: UpdateRungRequest): Promise<Rung> {
    const repo = new LadderRepository(this.db);
    authorize(person, 'rung.update', await repo.findById(id), 'That rung');
    await repo.update(id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.suds !== undefined ? { suds: input.suds } : {}),
      updatedAt: this.clock.now().toISOString(),
    });
    const view = (await this.ladder(person)).rungs.find((r) => r.id === id);
    if (!view) throw problems.notFound('That rung');
    return view;
  }

  /** Removes a rung; experiments that were on it stay in the history, unlinked. */
  async deleteRung(person: Person, id: string): Promise<void> {
    const repo = new LadderRepository(this.db);
    authorize(person, 'rung.delete', await repo.findById(id), 'That rung');
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('experiments').set({ rungId: null }).where('rungId', '=', id).execute();
      await new LadderRepository(trx).delete(id);
    });
  }

  // ── Experiments ─────────────────────────────────────────────────────────────────────────────────
  private async checkReferences(person: Person, input: { rungId?: string | null; challengeSlug?: string | null }) {
    if (input.challengeSlug && !findChallenge(input.challengeSlug)) {
      throw fieldError('challengeSlug', 'That challenge is not in the catalogue.');
    }
    if (input.rungId) {
      const rung = await new LadderRepository(this.db).findById(input.rungId);
      if (!rung || rung.userId !== person.userId) throw fieldError('rungId', 'There is no such rung on your ladder.');
      return rung;
    }
    return undefined;
  }

  /** Screening comes before the first challenge; the API holds to it, not only the app. */
  private async requireScreening(person: Person): Promise<void> {
    if (!(await this.safety.context(person.userId)).screened) {
      throw new ApiError(
        409,
        '/problems/screening-required',
        'A few questions first',
        'Before the first challenge, please answer the short safety questions (or skip them).',
      );
    }
  }

  async createExperiment(person: Person, input: CreateExperimentRequest): Promise<Created<Experiment>> {
    if (input.id) {
      // A retry of a create that already landed is answered from what was stored, before any check
      // that may have changed since (the rails move; the person's log must not be lost to that).
      const existing = await new ExperimentRepository(this.db).findById(input.id);
      if (existing) {
        if (existing.userId !== person.userId) throw problems.conflict('That id is already taken. Use a new one.');
        return { row: presentExperiment(existing), created: false };
      }
    }
    await this.requireScreening(person);
    const rung = await this.checkReferences(person, input);
    const challenge = input.challengeSlug ? findChallenge(input.challengeSlug) : undefined;
    // A plan above the rails needs the person's confirmed heads-up; a log of what already happened does not.
    let aboveRails = 0;
    const planned = input.outcome === undefined || input.outcome === null;
    const difficulty = input.expectedSuds ?? rung?.suds ?? challenge?.difficulty;
    if (planned && difficulty !== undefined) {
      const headsUp = headsUpFor(difficulty, (await this.pacing(person.userId)).decision);
      if (headsUp && !input.headsUpConfirmed) {
        throw new ApiError(409, '/problems/heads-up', 'A bigger step than suggested', headsUp.message, [
          { field: 'headsUpConfirmed', pointer: '/headsUpConfirmed', in: 'body', detail: headsUp.message },
        ]);
      }
      if (headsUp) aboveRails = 1;
    }
    const now = this.clock.now().toISOString();
    const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : now;
    const timeZone = input.timeZone ?? (await this.timeZoneOf(person.userId));
    const row: ExperimentRow = {
      id: input.id ?? uuidv7(),
      userId: person.userId,
      rungId: rung?.id ?? null,
      challengeSlug: challenge?.slug ?? rung?.challengeSlug ?? null,
      title: input.title ?? rung?.title ?? challenge!.title,
      fearedConsequence: input.fearedConsequence ?? null,
      beliefBefore: input.beliefBefore ?? null,
      expectedSuds: input.expectedSuds ?? null,
      safetyToDrop: JSON.stringify(input.safetyBehavioursToDrop ?? []),
      safetyOther: input.safetyBehavioursOther ?? null,
      outcome: input.outcome ?? null,
      actualSuds: input.actualSuds ?? null,
      fearedHappened: input.fearedHappened ?? null,
      beliefAfter: input.beliefAfter ?? null,
      safetyUsed: JSON.stringify(input.safetyBehavioursUsed ?? []),
      learned: input.learned ?? null,
      quick: input.quick ? 1 : 0,
      aboveRails,
      occurredAt,
      timeZone,
      localDate: localDate(occurredAt, timeZone),
      createdAt: now,
      updatedAt: now,
    };
    const { created } = await createOnce({
      clientId: input.id,
      userId: person.userId,
      find: (id) => new ExperimentRepository(this.db).findById(id),
      insert: async () => {
        await this.insertExperiment(row, aboveRails, difficulty ?? null, now);
        return row;
      },
    });
    const stored = created ? row : await new ExperimentRepository(this.db).findById(row.id);
    return { row: presentExperiment(stored ?? row), created };
  }

  private async insertExperiment(row: ExperimentRow, aboveRails: number, difficulty: number | null, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await new ExperimentRepository(trx).insert(row);
      if (aboveRails) {
        await new SafetyRepository(trx).insertEvent({
          id: uuidv7(),
          userId: row.userId,
          kind: 'heads-up-confirmed',
          experimentId: row.id,
          level: difficulty,
          feeling: null,
          toolsUsed: '[]',
          note: null,
          createdAt: now,
        });
      }
    });
  }

  async getExperiment(person: Person, id: string): Promise<Experiment> {
    const row = await new ExperimentRepository(this.db).findById(id);
    authorize(person, 'experiment.read', row, 'That experiment');
    return presentExperiment(row);
  }

  async listExperiments(person: Person, limit: number, cursor?: string) {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const rows = await new ExperimentRepository(this.db).listPage(person.userId, limit + 1, after);
    const page = rows.slice(0, limit);
    return {
      experiments: page.map(presentExperiment),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
    };
  }

  async updateExperiment(person: Person, id: string, input: UpdateExperimentRequest): Promise<Experiment> {
    const repo = new ExperimentRepository(this.db);
    const existing = await repo.findById(id);
    authorize(person, 'experiment.update', existing, 'That experiment');
    await this.checkReferences(person, input);
    const changes: Updateable<ExperimentsTable> = { updatedAt: this.clock.now().toISOString() };
    const copy = <K extends keyof ExperimentsTable>(key: K, value: ExperimentsTable[K] | undefined) => {
      if (value !== undefined) changes[key] = value as never;
    };
    copy('rungId', input.rungId);
    copy('challengeSlug', input.challengeSlug);
    copy('title', input.title);
    copy('fearedConsequence', input.fearedConsequence);
    copy('beliefBefore', input.beliefBefore);
    copy('expectedSuds', input.expectedSuds);
    if (input.safetyBehavioursToDrop) changes.safetyToDrop = JSON.stringify(input.safetyBehavioursToDrop);
    copy('safetyOther', input.safetyBehavioursOther);
    copy('outcome', input.outcome);
    copy('actualSuds', input.actualSuds);
    copy('fearedHappened', input.fearedHappened);
    copy('beliefAfter', input.beliefAfter);
    if (input.safetyBehavioursUsed) changes.safetyUsed = JSON.stringify(input.safetyBehavioursUsed);
    copy('learned', input.learned);
    if (input.occurredAt !== undefined || input.timeZone !== undefined) {
      const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : existing.occurredAt;
      const timeZone = input.timeZone ?? existing.timeZone;
      Object.assign(changes, { occurredAt, timeZone, localDate: localDate(occurredAt, timeZone) });
    }
    const updated = await repo.update(id, changes);
    if (!updated) throw problems.notFound('That experiment');
    return presentExperiment(updated);
  }

  async deleteExperiment(person: Person, id: string): Promise<void> {
    const repo = new ExperimentRepository(this.db);
    authorize(person, 'experiment.delete', await repo.findById(id), 'That experiment');
    await repo.delete(id);
  }

  // ── Calendar, Today, progress ───────────────────────────────────────────────────────────────────
  private async todayFor(userId: string): Promise<{ today: string; timeZone: string }> {
    const timeZone = await this.timeZoneOf(userId);
    return { today: localDate(this.clock.now(), timeZone), timeZone };
  }

  async addRestDay(person: Person, date: string): Promise<string[]> {
    const calendar = new CalendarRepository(this.db);
    await calendar.addRestDay(person.userId, date, this.clock.now().toISOString());
    return calendar.listRestDays(person.userId);
  }

  async removeRestDay(person: Person, date: string): Promise<void> {
    if (!(await new CalendarRepository(this.db).removeRestDay(person.userId, date))) {
      throw problems.notFound('That rest day');
    }
  }

  private presentRun(run: ChallengeRunRow, today: string): ChallengeRun {
    const day = challengeDay(run.startedOn, today) ?? { day: 1, complete: false };
    return { id: run.id, startedOn: run.startedOn, day: day.day, complete: day.complete, endedAt: run.endedAt };
  }

  async startChallenge(person: Person, timeZone?: string): Promise<ChallengeRun> {
    await this.requireScreening(person);
    const calendar = new CalendarRepository(this.db);
    const zone = timeZone ?? (await this.timeZoneOf(person.userId));
    const today = localDate(this.clock.now(), zone);
    const existing = await calendar.activeRun(person.userId);
    if (existing) {
      const view = this.presentRun(existing, today);
      if (!view.complete) throw problems.conflict('A 30-day challenge is already running. End it first to start again.');
      await calendar.endRun(existing.id, this.clock.now().toISOString());
    }
    const run: ChallengeRunRow = {
      id: uuidv7(),
      userId: person.userId,
      startedOn: today,
      timeZone: zone,
      createdAt: this.clock.now().toISOString(),
      endedAt: null,
    };
    try {
      await calendar.insertRun(run);
    } catch (error) {
      // Two starts at once: the partial unique index let only one in.
      if (await calendar.activeRun(person.userId)) throw problems.conflict('A 30-day challenge is already running.');
      throw error;
    }
    return this.presentRun(run, today);
  }

  async endChallenge(person: Person): Promise<void> {
    const calendar = new CalendarRepository(this.db);
    const run = await calendar.activeRun(person.userId);
    if (!run) throw problems.notFound('A running challenge');
    await calendar.endRun(run.id, this.clock.now().toISOString());
  }

  async today(person: Person, options: { skip: string[]; seed?: number | undefined }): Promise<Today> {
    const p = await this.pacing(person.userId);
    // The adaptive coach chooses within the rails (docs/COACH.md); the daily cap is applied after, so a
    // suggestion already shown today can always be shown again.
    const coached = coachSuggest({
      history: p.experiments,
      now: this.clock.now().toISOString(),
      seed: options.seed ?? dailySeed(person.userId, p.today),
      catalogue,
      settings: {
        mode: p.pacingInput.mode,
        timeZone: p.timeZone,
        rungs: p.rungs,
        panics: p.safety.panics,
        suggestionsToday: 0,
        pausedFor: p.safety.pausedFor,
        clinician: p.pacingInput.clinician,
        skip: options.skip,
      },
    }).suggestion;
    const chosen: SuggestionView | null = coached
      ? {
          key: coached.key,
          kind: coached.kind,
          rungId: coached.rungId,
          challengeSlug: coached.challengeSlug,
          title: coached.title,
          ask: coached.ask,
          expectedSuds: coached.expectedSuds,
          category: coached.category,
          reason: coached.reason,
        }
      : null;
    let suggestion: SuggestionView | null = p.safety.screened ? chosen : null;
    let status: PacingStatus = p.decision.status === 'daily-cap' ? 'open' : p.decision.status;
    const shownKeys = p.shown.map((v) => v.suggestionKey);
    if (suggestion && chosen && !shownKeys.includes(chosen.key)) {
      if (p.decision.status === 'daily-cap') {
        // Three new suggestions a day at most: offer the last one shown again, if still within the rails.
        status = 'daily-cap';
        const doneToday = new Set(
          p.experiments
            .filter((e) => isAsk(e) && localDate(e.occurredAt, e.timeZone) === p.today)
            .flatMap((e) => [e.rungId && `rung:${e.rungId}`, e.challengeSlug && `catalogue:${e.challengeSlug}`]),
        );
        const last = [...p.shown]
          .reverse()
          .find((v) => !options.skip.includes(v.suggestionKey) && !doneToday.has(v.suggestionKey));
        const again = last ? (JSON.parse(last.suggestion) as SuggestionView) : null;
        suggestion = again && again.expectedSuds <= p.decision.ceiling ? again : null;
      } else {
        await new SafetyRepository(this.db).recordSuggestion(
          person.userId,
          p.today,
          chosen.key,
          JSON.stringify(chosen),
          this.clock.now().toISOString(),
        );
      }
    }
    const streak = streakOf(p.rows, p.restDays, p.today);
    return {
      today: p.today,
      timeZone: p.timeZone,
      challenge: p.run ? this.presentRun(p.run, p.today) : null,
      suggestion,
      restToday: p.restDays.includes(p.today),
      streak,
      stats: practiceStats(p.experiments),
      needsScreening: !p.safety.screened,
      pacing: {
        status,
        mode: p.decision.mode,
        ceiling: p.decision.ceiling,
        holdUntil: p.decision.holdUntil,
        suggestionsLeft: Math.max(
          0,
          DAILY_SUGGESTION_CAP - p.shown.length - (suggestion && !shownKeys.includes(suggestion.key) && status === 'open' ? 1 : 0),
        ),
      },
    };
  }

  async progress(person: Person): Promise<Progress> {
    const { today } = await this.todayFor(person.userId);
    const [rows, restDays, rungs] = await Promise.all([
      new ExperimentRepository(this.db).listFactsForUser(person.userId),
      new CalendarRepository(this.db).listRestDays(person.userId),
      new LadderRepository(this.db).listForUser(person.userId),
    ]);
    const experiments = rows.map(facts);
    return {
      stats: practiceStats(experiments),
      streak: streakOf(rows, restDays, today),
      anticipation: anticipationSummary(experiments),
      restDays,
      rungs: rungProgress(rungs, experiments),
      weeks: asksPerWeek(experiments, today),
    };
  }
}
