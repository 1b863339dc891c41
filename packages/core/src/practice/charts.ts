import { chronological, isAsk, type ExperimentFacts } from './experiment.js';
import { addDays, daysBetween, localDate, type LocalDate } from './local-date.js';

export interface RungInfo {
  id: string;
  title: string;
  suds: number;
}

export interface RungAttempt {
  experimentId: string;
  date: LocalDate;
  expected: number | null;
  peak: number;
}

export interface RungProgress {
  rungId: string;
  label: string;
  suds: number;
  attempts: RungAttempt[];
}

/**
 * The actual peak distress on each rung across its repetitions (asks with a recorded peak), oldest first.
 * Rungs come back in ladder order (by rating); rungs never tried have no attempts.
 */
export function rungProgress(rungs: readonly RungInfo[], experiments: readonly ExperimentFacts[]): RungProgress[] {
  const byRung = new Map<string, RungAttempt[]>();
  for (const e of chronological(experiments)) {
    if (!e.rungId || !isAsk(e) || e.actualSuds === null) continue;
    const list = byRung.get(e.rungId) ?? [];
    list.push({ experimentId: e.id, date: localDate(e.occurredAt, e.timeZone), expected: e.expectedSuds, peak: e.actualSuds });
    byRung.set(e.rungId, list);
  }
  return [...rungs]
    .sort((a, b) => a.suds - b.suds || (a.id < b.id ? -1 : 1))
    .map((r) => ({ rungId: r.id, label: r.title, suds: r.suds, attempts: byRung.get(r.id) ?? [] }));
}

/** The Monday of the week a local date falls in. */
export function weekStart(date: LocalDate): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
}

export interface WeekCount {
  weekStart: LocalDate;
  asks: number;
}

/**
 * Asks per week, from the week of the first ask to the week of `today`, empty weeks included (a gap is
 * part of the story, not hidden), at most `maxWeeks` of the most recent weeks.
 */
export function asksPerWeek(experiments: readonly ExperimentFacts[], today: LocalDate, maxWeeks = 26): WeekCount[] {
  const asks = experiments.filter(isAsk).map((e) => weekStart(localDate(e.occurredAt, e.timeZone)));
  if (asks.length === 0) return [];
  const last = weekStart(today);
  let first = asks.reduce((m, w) => (w < m ? w : m));
  const earliest = addDays(last, -7 * (maxWeeks - 1));
  if (first < earliest) first = earliest;
  const counts = new Map<string, number>();
  for (const w of asks) counts.set(w, (counts.get(w) ?? 0) + 1);
  const weeks: WeekCount[] = [];
  for (let w = first; daysBetween(w, last) >= 0; w = addDays(w, 7)) weeks.push({ weekStart: w, asks: counts.get(w) ?? 0 });
  return weeks;
}
