import {
  addDays,
  CHALLENGE_LENGTH_DAYS,
  localDate,
  measuresDue,
  MEASURE_IDS,
  phq9NeedsCrisisPath,
  scoreMeasure,
  summarizeMeasure,
  type EntryFact,
  type MeasureAnswers,
  type MeasureEntry,
  type MeasureId,
  type MeasuresOverview,
  type SubmitMeasureRequest,
} from '@ask-anyway/core';
import type { Kysely } from 'kysely';
import { createOnce, type Created } from '../../db/create-once.js';
import type { DB } from '../../db/schema.js';
import { ApiError, problems } from '../../http/problem.js';
import type { Clock } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { authorize, type Person } from '../../policies/policy.js';
import { UserRepository } from '../auth/user.repository.js';
import { CalendarRepository } from '../practice/calendar.repository.js';
import { SafetyRepository } from '../safety/safety.repository.js';
import { MeasuresRepository, type MeasureEntryRow } from './measures.repository.js';

const fieldError = problems.invalidField;

function answersOf(row: MeasureEntryRow): MeasureAnswers {
  return JSON.parse(row.answers) as MeasureAnswers;
}

/** The facts core computes with, scored from the stored answers. */
export function entryFact(row: MeasureEntryRow): EntryFact {
  const s = scoreMeasure(row.measure as MeasureId, answersOf(row));
  return {
    id: row.id,
    measure: row.measure as MeasureId,
    complete: s.complete,
    score: s.score,
    band: s.band,
    takenAt: row.takenAt,
    createdAt: row.createdAt,
    correctsId: row.correctsId,
  };
}

export function presentMeasureEntry(row: MeasureEntryRow, correctedById: string | null): MeasureEntry {
  const fact = entryFact(row);
  return {
    id: row.id,
    measure: fact.measure,
    answers: answersOf(row) as MeasureEntry['answers'],
    difficulty: row.difficulty,
    complete: fact.complete,
    score: fact.score,
    band: fact.band,
    crisisFlag: row.crisisFlag === 1,
    correctsId: row.correctsId,
    correctedById,
    takenAt: row.takenAt,
    createdAt: row.createdAt,
  };
}

/** Questionnaires: submissions, corrections as new entries, what is due, and change over time. */
export class MeasuresService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a questionnaire. PHQ-9 item 9 above 0 opens the crisis path in the same transaction: the
   * entry and the crisis event land together or not at all, and only a later safe check-in lifts the pause.
   */
  async submit(person: Person, input: SubmitMeasureRequest): Promise<Created<MeasureEntry>> {
    const repo = new MeasuresRepository(this.db);
    if (input.id) {
      const existing = await repo.findById(input.id);
      if (existing) {
        if (existing.userId !== person.userId) throw problems.conflict('That id is already taken. Use a new one.');
        return { row: presentMeasureEntry(existing, (await repo.findCorrectionOf(existing.id))?.id ?? null), created: false };
      }
    }
    const now = this.clock.now().toISOString();
    let takenAt = now;
    if (input.corrects) {
      const original = await repo.findById(input.corrects);
      try {
        authorize(person, 'measure.read', original);
      } catch {
        throw fieldError('corrects', 'There is no such questionnaire of yours to correct.');
      }
      if (original.measure !== input.measure) throw fieldError('corrects', 'A correction has to be the same questionnaire.');
      if (await repo.findCorrectionOf(original.id)) throw alreadyCorrected();
      takenAt = original.takenAt;
    }
    const answers = input.answers as MeasureAnswers;
    const score = scoreMeasure(input.measure, answers);
    const crisis = input.measure === 'phq9' && phq9NeedsCrisisPath(input.answers);
    try {
      const { row, created } = await createOnce({
        clientId: input.id,
        userId: person.userId,
        find: (id) => repo.findById(id),
        insert: (id) =>
          this.db.transaction().execute(async (trx) => {
            const row: MeasureEntryRow = {
              id,
              userId: person.userId,
              measure: input.measure,
              answers: JSON.stringify(input.answers),
              difficulty: 'difficulty' in input ? (input.difficulty ?? null) : null,
              complete: score.complete ? 1 : 0,
              crisisFlag: crisis ? 1 : 0,
              correctsId: input.corrects ?? null,
              takenAt,
              createdAt: now,
            };
            await new MeasuresRepository(trx).insert(row);
            if (crisis) {
              await new SafetyRepository(trx).insertEvent({
                id: uuidv7(),
                userId: person.userId,
                kind: 'crisis-answer',
                experimentId: null,
                level: null,
                feeling: null,
                toolsUsed: '[]',
                note: 'PHQ-9: thoughts of being better off dead or of self-harm',
                createdAt: now,
              });
            }
            return row;
          }),
      });
      return { row: presentMeasureEntry(row, null), created };
    } catch (error) {
      // Two corrections of the same entry at once: the unique index lets one win.
      if (input.corrects && (await repo.findCorrectionOf(input.corrects))) throw alreadyCorrected();
      throw error;
    }
  }

  async list(person: Person, measure?: MeasureId): Promise<MeasureEntry[]> {
    return this.present(await new MeasuresRepository(this.db).listForUser(person.userId, measure));
  }

  async get(person: Person, id: string): Promise<MeasureEntry> {
    const repo = new MeasuresRepository(this.db);
    const row = await repo.findById(id);
    authorize(person, 'measure.read', row, 'That questionnaire');
    return presentMeasureEntry(row, (await repo.findCorrectionOf(row.id))?.id ?? null);
  }

  async overview(person: Person): Promise<MeasuresOverview> {
    const [rows, user, run] = await Promise.all([
      new MeasuresRepository(this.db).listForUser(person.userId),
      new UserRepository(this.db).findById(person.userId),
      new CalendarRepository(this.db).latestRun(person.userId),
    ]);
    const timeZone = user?.timeZone ?? 'UTC';
    const facts = rows.map(entryFact);
    let challengeEndOn: string | null = null;
    if (run) {
      const end = addDays(run.startedOn, CHALLENGE_LENGTH_DAYS - 1);
      // A challenge ended early does not ask for an end-of-challenge questionnaire; the 14-day rhythm goes on.
      if (!run.endedAt || localDate(run.endedAt, run.timeZone) >= end) challengeEndOn = end;
    }
    return {
      due: measuresDue({ now: this.clock.now().toISOString(), timeZone, entries: facts, challengeEndOn }),
      summaries: MEASURE_IDS.map((m) => summarizeMeasure(m, facts)),
    };
  }

  private present(rows: MeasureEntryRow[]): MeasureEntry[] {
    const correctedBy = new Map(rows.filter((r) => r.correctsId).map((r) => [r.correctsId as string, r.id]));
    return rows.map((r) => presentMeasureEntry(r, correctedBy.get(r.id) ?? null));
  }
}

function alreadyCorrected(): ApiError {
  return new ApiError(
    409,
    '/problems/already-corrected',
    'Already corrected',
    'That questionnaire already has a correction. To change it again, correct the newest version.',
  );
}
