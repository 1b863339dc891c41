import { createHash } from 'node:crypto';
import { fhirBundle, phq9NeedsCrisisPath, scoreMeasure, SubmitMeasureRequestSchema, type MeasureAnswers, type MeasureEntry } from '@ask-anyway/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ApiError, fieldErrorsFrom, problems } from '../../http/problem.js';
import type { Clock } from '../../lib/clock.js';
import type { Person } from '../../policies/policy.js';
import { presentExperiment } from '../../presenters/practice.presenter.js';
import { UserRepository } from '../auth/user.repository.js';
import { type MeasuresService } from '../measures/measures.service.js';
import { ExperimentRepository } from '../practice/experiment.repository.js';
import { LadderRepository } from '../practice/ladder.repository.js';
import { canonicalJson, EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, PORTABLE_TABLES, type ExportFile, type PortableTable } from './export.format.js';
import { ExportRepository } from './export.repository.js';

type Row = Record<string, unknown>;

const PRACTICE_TABLES: readonly PortableTable[] = ['ladderRungs', 'experiments', 'restDays', 'challengeRuns', 'measureEntries'];

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Rows in a stable order on both engines: by primary key, compared as plain strings. */
function keyOf(table: PortableTable, row: Row): string {
  if (table === 'restDays') return String(row.localDate);
  if (table === 'suggestionViews') return `${String(row.localDate)} ${String(row.suggestionKey)}`;
  return String(row.id);
}
const byKey = (table: PortableTable) => (a: Row, b: Row) => {
  const [x, y] = [keyOf(table, a), keyOf(table, b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

export function integrityOf(file: Pick<ExportFile, 'account' | 'data'>): string {
  return sha256(canonicalJson({ account: file.account, data: file.data }));
}

/** RFC 4180 CSV; a text cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    let s = typeof v === 'string' ? v : String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Export (JSON, CSV, FHIR) and import of everything a person owns. */
export class ExportService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly measures: MeasuresService,
  ) {}

  async exportJson(person: Person): Promise<ExportFile> {
    const repo = new ExportRepository(this.db);
    const user = await new UserRepository(this.db).findById(person.userId);
    if (!user) throw problems.unauthenticated();
    const data = {} as ExportFile['data'];
    for (const table of PORTABLE_TABLES) {
      (data as Record<string, Row[]>)[table] = (await repo.rowsOf(table, person.userId)).sort(byKey(table));
    }
    const account = { displayName: user.displayName, timeZone: user.timeZone };
    const parseScopes = (s: string) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        return [];
      }
    };
    const instance = {
      note: 'This server’s record, for your files. It is not imported elsewhere: it names accounts that exist only here.',
      email: user.email,
      accountCreatedAt: user.createdAt,
      sessions: await repo.sessionsOf(person.userId),
      invitations: (await repo.invitationsOf(person.userId)).map((i) => ({ ...i, scopes: parseScopes(i.scopes) })),
      connections: (await repo.connectionsOf(person.userId)).map((c) => ({ ...c, scopes: parseScopes(c.scopes) })),
      assignments: await repo.ownedRows('assignments', person.userId),
      feedback: await repo.ownedRows('feedback', person.userId),
      auditEvents: await repo.ownedRows('auditEvents', person.userId),
    };
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: this.clock.now().toISOString(),
      integrity: integrityOf({ account, data }),
      account,
      data,
      instance,
    };
  }

  /**
   * Imports an export into this (fresh) account: all of it in one transaction, or nothing. Ids and times
   * are kept, so exporting again gives the same `account` and `data`.
   */
  async importJson(person: Person, input: unknown): Promise<{ imported: Record<PortableTable, number> }> {
    const parsed = ExportFileSchema.safeParse(input);
    if (!parsed.success) {
      const errors = fieldErrorsFrom(parsed.error, 'body').slice(0, 20);
      throw new ApiError(422, '/problems/import-invalid', 'This file cannot be imported', 'The file is not a complete, valid Ask Anyway export. Nothing was imported.', errors);
    }
    const file = parsed.data;
    if (integrityOf(file) !== file.integrity) {
      throw importRefused('The file was changed after it was exported (its integrity check does not match). Nothing was imported.', 'integrity');
    }
    this.checkReferences(file);
    const repo = new ExportRepository(this.db);
    // Fresh = no practice yet. The safety questions (asked right after sign-up) and the suggestions shown
    // may already be there; they are dated entries and are kept alongside the imported ones.
    for (const table of PRACTICE_TABLES) {
      if ((await repo.rowsOf(table, person.userId)).length > 0) {
        throw new ApiError(409, '/problems/import-not-empty', 'Import into a fresh account', 'This account already has practice data. Import into a new, empty account so nothing is mixed or overwritten.');
      }
    }
    for (const table of PORTABLE_TABLES) {
      if (table === 'restDays' || table === 'suggestionViews') continue;
      const ids = (file.data[table] as Row[]).map((r) => String(r.id));
      if (ids.length > 0 && (await repo.countExisting(table, ids)) > 0) {
        throw new ApiError(409, '/problems/import-duplicate', 'Already on this server', 'These records already exist on this server (the file was imported here before). Nothing was imported.');
      }
    }
    const counts = {} as Record<PortableTable, number>;
    try {
      await this.db.transaction().execute(async (trx) => {
        const t = new ExportRepository(trx);
        await new UserRepository(trx).updateProfile(
          person.userId,
          { displayName: file.account.displayName, timeZone: file.account.timeZone },
          this.clock.now().toISOString(),
        );
        for (const table of PORTABLE_TABLES) {
          let rows = file.data[table] as Row[];
          if (table === 'measureEntries') rows = correctionsLast(rows);
          await t.insertRows(table, person.userId, rows);
          counts[table] = rows.length;
        }
      });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw importRefused('The file’s records do not fit together (for example two running challenges). Nothing was imported.', 'data');
    }
    return { imported: counts };
  }

  async experimentsCsv(person: Person): Promise<string> {
    const [rows, rungs] = await Promise.all([
      new ExperimentRepository(this.db).listAllForUser(person.userId),
      new LadderRepository(this.db).listForUser(person.userId),
    ]);
    const rungTitle = new Map(rungs.map((r) => [r.id, r.title]));
    const header = [
      'id', 'date', 'occurred_at', 'time_zone', 'title', 'challenge', 'ladder_step', 'feared_consequence', 'belief_before',
      'expected_peak', 'outcome', 'actual_peak', 'feared_happened', 'belief_after', 'learned', 'quick_log', 'above_rails',
    ];
    return toCsv(
      header,
      rows.map(presentExperiment).map((e) => [
        e.id, e.localDate, e.occurredAt, e.timeZone, e.title, e.challengeSlug, e.rungId ? (rungTitle.get(e.rungId) ?? null) : null, e.fearedConsequence,
        e.beliefBefore, e.expectedSuds, e.outcome ?? 'planned', e.actualSuds, e.fearedHappened, e.beliefAfter, e.learned, e.quick, e.aboveRails,
      ]),
    );
  }

  async measuresCsv(person: Person): Promise<string> {
    const entries = (await this.measures.list(person)).reverse();
    const header = ['id', 'questionnaire', 'taken_at', 'recorded_at', 'complete', 'score', 'band', ...Array.from({ length: 9 }, (_, i) => `item_${i + 1}`), 'difficulty', 'item9_crisis_flag', 'corrects', 'corrected_by'];
    return toCsv(
      header,
      entries.map((e) => {
        const items = (e.answers as unknown[]).map((a) =>
          a !== null && typeof a === 'object' ? `${(a as { concern: number | null }).concern ?? ''}/${(a as { expectancy: number | null }).expectancy ?? ''}` : a,
        );
        while (items.length < 9) items.push(null);
        return [e.id, e.measure, e.takenAt, e.createdAt, e.complete, e.score, e.band, ...items, e.difficulty, e.crisisFlag, e.correctsId, e.correctedById];
      }),
    );
  }

  async fhir(person: Person) {
    const [user, entries] = await Promise.all([new UserRepository(this.db).findById(person.userId), this.measures.list(person)]);
    return fhirBundle({
      person: { id: person.userId, displayName: user?.displayName ?? null },
      entries: entries as MeasureEntry[],
      generatedAt: this.clock.now().toISOString(),
    });
  }

  private checkReferences(file: ExportFile): void {
    const d = file.data;
    const unique = (table: PortableTable) => {
      const keys = (d[table] as Row[]).map((r) => keyOf(table, r));
      if (new Set(keys).size !== keys.length) throw importRefused(`The file lists a record twice in ${table}. Nothing was imported.`, `data.${table}`);
    };
    PORTABLE_TABLES.forEach(unique);
    const rungs = new Set(d.ladderRungs.map((r) => r.id));
    const experiments = new Set(d.experiments.map((e) => e.id));
    const entries = new Set(d.measureEntries.map((e) => e.id));
    if (d.experiments.some((e) => e.rungId !== null && !rungs.has(e.rungId))) throw importRefused('An experiment points at a ladder step that is not in the file.', 'data.experiments');
    if (d.safetyEvents.some((e) => e.experimentId !== null && !experiments.has(e.experimentId))) throw importRefused('A safety event points at an experiment that is not in the file.', 'data.safetyEvents');
    if (d.measureEntries.some((e) => e.correctsId !== null && !entries.has(e.correctsId))) throw importRefused('A questionnaire correction points at an entry that is not in the file.', 'data.measureEntries');
    const corrected = d.measureEntries.map((e) => e.correctsId).filter((x) => x !== null);
    if (new Set(corrected).size !== corrected.length) throw importRefused('A questionnaire is corrected twice.', 'data.measureEntries');
    if (d.challengeRuns.filter((r) => r.endedAt === null).length > 1) throw importRefused('The file has two running 30-day challenges.', 'data.challengeRuns');
    // A self-harm answer in the safety questions always came with a crisis event at the same moment; a file
    // without it would import the answer without the pause it opened.
    const crisisTimes = new Set(d.safetyEvents.filter((e) => e.kind === 'crisis-answer').map((e) => e.createdAt));
    d.screenings.forEach((sc, i) => {
      if (sc.selfHarmThoughts === 1 && !crisisTimes.has(sc.createdAt)) {
        throw importRefused('A safety answer about self-harm is missing the crisis event it opened.', `data.screenings.${i}`);
      }
    });
    // Answers must be a valid form of their questionnaire, and the stored flags must follow from them: an
    // edited file cannot carry a PHQ-9 item-9 answer without its crisis flag, or a score-less "complete".
    d.measureEntries.forEach((e, i) => {
      const answers: unknown = JSON.parse(e.answers);
      const form = SubmitMeasureRequestSchema.safeParse({ measure: e.measure, answers, ...(e.measure === 'arsq' ? {} : { difficulty: e.difficulty }) });
      const field = `data.measureEntries.${i}`;
      if (!form.success) throw importRefused('A questionnaire’s answers are not a valid form of that questionnaire.', field);
      const crisis = e.measure === 'phq9' && phq9NeedsCrisisPath(answers as (number | null)[]);
      if ((e.crisisFlag === 1) !== crisis) throw importRefused('A questionnaire’s crisis flag does not match its answers.', field);
      if ((e.complete === 1) !== scoreMeasure(e.measure, answers as MeasureAnswers).complete) throw importRefused('A questionnaire’s completeness does not match its answers.', field);
    });
  }
}

/** Originals before the corrections that point at them (a chain in order), so references always exist. */
function correctionsLast(rows: Row[]): Row[] {
  const out: Row[] = [];
  const placed = new Set<string>();
  let remaining = rows;
  while (remaining.length > 0) {
    const ready = remaining.filter((r) => r.correctsId === null || placed.has(String(r.correctsId)));
    if (ready.length === 0) throw importRefused('The questionnaire corrections form a loop.', 'data.measureEntries');
    for (const r of ready) {
      out.push(r);
      placed.add(String(r.id));
    }
    remaining = remaining.filter((r) => !placed.has(String(r.id)));
  }
  return out;
}

function importRefused(detail: string, field: string): ApiError {
  return new ApiError(422, '/problems/import-invalid', 'This file cannot be imported', detail, [{ field, pointer: `/${field.replace(/\./g, '/')}`, in: 'body', detail }]);
}
