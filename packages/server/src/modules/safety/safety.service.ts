import {
  routeScreening,
  SCREENING_VERSION,
  type SafetyEvent,
  type SafetyState,
  type ScreeningAnswers,
  type ScreeningOutcome,
} from '@ask-anyway/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ApiError, problems } from '../../http/problem.js';
import type { Clock } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { authorize, type Person } from '../../policies/policy.js';
import { ExperimentRepository } from '../practice/experiment.repository.js';
import { createOnce, type Created } from '../../db/create-once.js';
import { SafetyRepository, type SafetyEventRow, type ScreeningRow } from './safety.repository.js';


/** How long after "I'm panicking" a mis-tap can be taken back. */
export const UNDO_WINDOW_MS = 10 * 60_000;

/** Events that open the crisis path and pause suggestions until a later safe check-in. */
export const CRISIS_SIGNALS = ['crisis-answer'] as const;

const bool = (n: number | null): boolean => n === 1;

function answersOf(row: ScreeningRow): ScreeningAnswers | null {
  if (row.skipped === 1) return null;
  return {
    adult: bool(row.adult),
    selfHarmThoughts: bool(row.selfHarmThoughts),
    traumaRejection: bool(row.traumaRejection),
    panicAttacks: bool(row.panicAttacks),
    severeLowMood: bool(row.severeLowMood),
    substanceCoping: bool(row.substanceCoping),
  };
}

export function presentSafetyEvent(row: SafetyEventRow): SafetyEvent {
  let toolsUsed: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.toolsUsed);
    if (Array.isArray(parsed)) toolsUsed = parsed.filter((t): t is string => typeof t === 'string');
  } catch {
    toolsUsed = [];
  }
  return {
    id: row.id,
    kind: row.kind as SafetyEvent['kind'],
    experimentId: row.experimentId,
    feeling: row.feeling,
    toolsUsed,
    note: row.note,
    createdAt: row.createdAt,
  };
}

/** What the rails need to know about a person's safety, read once per suggestion. */
export interface SafetyContext {
  screened: boolean;
  outcome: ScreeningOutcome;
  pausedFor: 'crisis' | 'under-18' | null;
  panics: { at: string; level: number | null }[];
}

/** Screening, crisis pauses and check-ins, panic and "I need a moment" events. */
export class SafetyService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  async context(userId: string): Promise<SafetyContext> {
    const repo = new SafetyRepository(this.db);
    const [screening, lastCrisis, lastSafe, panics] = await Promise.all([
      repo.latestScreening(userId),
      repo.latestEvent(userId, CRISIS_SIGNALS),
      repo.latestEvent(userId, ['safe-check-in']),
      repo.listEvents(userId, ['panic']),
    ]);
    const outcome = routeScreening(screening ? answersOf(screening) : null);
    const crisisOpen = !!lastCrisis && (!lastSafe || lastSafe.createdAt < lastCrisis.createdAt || (lastSafe.createdAt === lastCrisis.createdAt && lastSafe.id < lastCrisis.id));
    const pausedFor = screening && outcome.route === 'under-18' ? 'under-18' : crisisOpen ? 'crisis' : null;
    return {
      screened: !!screening,
      outcome,
      pausedFor,
      panics: panics.map((p) => ({ at: p.createdAt, level: p.level })),
    };
  }

  async state(person: Person, holdUntil: string | null = null): Promise<SafetyState> {
    const screening = await new SafetyRepository(this.db).latestScreening(person.userId);
    const context = await this.context(person.userId);
    return {
      screened: context.screened,
      screening: screening ? { answers: answersOf(screening), createdAt: screening.createdAt } : null,
      route: screening ? context.outcome.route : null,
      mode: context.outcome.mode,
      supportReasons: context.outcome.supportReasons,
      recommendProfessional: context.outcome.recommendProfessional,
      pausedFor: context.pausedFor,
      holdUntil,
    };
  }

  /**
   * Stores a screening (or a skip) as a new dated entry; the latest counts. A self-harm answer opens
   * the crisis path at once: a crisis event is recorded and suggestions pause until a safe check-in.
   */
  async submitScreening(person: Person, answers: ScreeningAnswers | null): Promise<void> {
    const outcome = routeScreening(answers);
    const now = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new SafetyRepository(trx);
      const flag = (v: boolean | undefined) => (answers ? (v ? 1 : 0) : null);
      await repo.insertScreening({
        id: uuidv7(),
        userId: person.userId,
        version: SCREENING_VERSION,
        skipped: answers ? 0 : 1,
        adult: flag(answers?.adult),
        selfHarmThoughts: flag(answers?.selfHarmThoughts),
        traumaRejection: flag(answers?.traumaRejection),
        panicAttacks: flag(answers?.panicAttacks),
        severeLowMood: flag(answers?.severeLowMood),
        substanceCoping: flag(answers?.substanceCoping),
        route: outcome.route,
        mode: outcome.mode,
        createdAt: now,
      });
      // Recorded whatever the route (an under-18 answer routes first): nothing safety-relevant is silently stored.
      if (answers?.selfHarmThoughts) {
        await repo.insertEvent(this.event(person.userId, 'crisis-answer', { note: 'Screening: thoughts of self-harm or suicide' }));
      }
    });
  }

  async checkIn(person: Person, safe: boolean): Promise<void> {
    if (!safe) return;
    await new SafetyRepository(this.db).insertEvent(this.event(person.userId, 'safe-check-in', {}));
  }

  async recordEvent(
    person: Person,
    input: {
      id?: string | undefined;
      kind: 'panic' | 'moment';
      experimentId?: string | undefined;
      feeling?: string | undefined;
      toolsUsed?: string[] | undefined;
      note?: string | undefined;
    },
  ): Promise<Created<SafetyEvent>> {
    const repo = new SafetyRepository(this.db);
    let level: number | null = null;
    if (input.experimentId) {
      const experiment = await new ExperimentRepository(this.db).findById(input.experimentId);
      try {
        authorize(person, 'experiment.read', experiment, 'That experiment');
      } catch {
        throw problems.invalidField('experimentId', 'There is no such experiment of yours.');
      }
      level = experiment.expectedSuds;
    }
    const { row, created } = await createOnce({
      clientId: input.id,
      userId: person.userId,
      find: (id) => repo.findEvent(id),
      insert: async (id) => {
        const row = this.event(person.userId, input.kind, {
          id,
          experimentId: input.experimentId ?? null,
          level,
          feeling: input.feeling ?? null,
          toolsUsed: JSON.stringify(input.toolsUsed ?? []),
          note: input.note ?? null,
        });
        await repo.insertEvent(row);
        return row;
      },
    });
    return { row: presentSafetyEvent(row), created };
  }

  /**
   * Adds the debrief to a panic or "moment" recorded when it began (so it feeds the rails even if the
   * person never gets to the debrief). Only those two kinds: a crisis answer or a check-in is not edited.
   */
  async updateEvent(
    person: Person,
    id: string,
    input: { feeling?: string | null | undefined; toolsUsed?: string[] | undefined; note?: string | null | undefined },
  ): Promise<SafetyEvent> {
    const repo = new SafetyRepository(this.db);
    const row = await repo.findEvent(id);
    authorize(person, 'safetyEvent.update', row && (row.kind === 'panic' || row.kind === 'moment') ? row : undefined, 'That moment');
    await repo.updateEvent(id, {
      ...(input.feeling !== undefined ? { feeling: input.feeling || null } : {}),
      ...(input.toolsUsed !== undefined ? { toolsUsed: JSON.stringify(input.toolsUsed) } : {}),
      ...(input.note !== undefined ? { note: input.note || null } : {}),
    });
    return presentSafetyEvent((await repo.findEvent(id))!);
  }

  /**
   * "I opened this by mistake": a panic or moment can be taken back within a few minutes of being
   * recorded, before any debrief. Later it stays: the gentler pace it brings is a safety rail, not
   * something to clear away after a hard moment.
   */
  async undoEvent(person: Person, id: string): Promise<void> {
    const repo = new SafetyRepository(this.db);
    const found = await repo.findEvent(id);
    const row = found && (found.kind === 'panic' || found.kind === 'moment') ? found : undefined;
    authorize(person, 'safetyEvent.undo', row, 'That moment');
    const age = this.clock.now().getTime() - Date.parse(row.createdAt);
    const debriefed = row.feeling !== null || row.note !== null || row.toolsUsed !== '[]';
    if (age > UNDO_WINDOW_MS || debriefed) {
      throw new ApiError(
        409,
        '/problems/cannot-undo',
        'This one stays',
        'A moment can be taken back only in the first few minutes, before the look back. It stays in your record, and only you (and anyone you share it with) can see it.',
      );
    }
    await repo.deleteEvent(id);
  }

  async listEvents(person: Person): Promise<SafetyEvent[]> {
    return (await new SafetyRepository(this.db).listEvents(person.userId)).map(presentSafetyEvent);
  }

  private event(userId: string, kind: string, fields: Partial<SafetyEventRow>): SafetyEventRow {
    return {
      id: uuidv7(),
      userId,
      kind,
      experimentId: null,
      level: null,
      feeling: null,
      toolsUsed: '[]',
      note: null,
      createdAt: this.clock.now().toISOString(),
      ...fields,
    };
  }
}
