import { localDate, type LocalDate } from '../practice/local-date.js';
import { INSTRUMENTS, type MeasureId } from './instruments.js';
import { classifyChange, RELIABLE_CHANGE, ARSQ_RELIABLE_POINTS, type ReliableChange } from './reliable-change.js';
import { GAD7_BANDS, PHQ9_BANDS, scoreArsq, scoreGad7, scorePhq9, type Band, type RejectionAnswer } from './scoring.js';

/** A follow-up is offered this many days after the last completed questionnaire of the same measure. */
export const FOLLOW_UP_DAYS = 14;
const DAY_MS = 86_400_000;

export type FrequencyAnswers = readonly (number | null)[];
export type MeasureAnswers = FrequencyAnswers | readonly RejectionAnswer[];

export interface MeasureScore {
  complete: boolean;
  /** Null when the form is incomplete: an unfinished form is never scored as if complete. */
  score: number | null;
  band: Band['label'] | null;
}

/** Scores any of the three measures from its stored answers. */
export function scoreMeasure(measure: MeasureId, answers: MeasureAnswers): MeasureScore {
  if (measure === 'arsq') {
    const s = scoreArsq(answers as readonly RejectionAnswer[]);
    return { complete: s.complete, score: s.score, band: null };
  }
  const s = measure === 'gad7' ? scoreGad7(answers as FrequencyAnswers) : scorePhq9(answers as FrequencyAnswers);
  return { complete: s.complete, score: s.total, band: s.band?.label ?? null };
}

export function bandsOf(measure: MeasureId): readonly Band[] {
  return measure === 'gad7' ? GAD7_BANDS : measure === 'phq9' ? PHQ9_BANDS : [];
}

/** The change that counts as reliable, in score points. */
export function reliablePoints(measure: MeasureId): number {
  return measure === 'arsq' ? Math.round(ARSQ_RELIABLE_POINTS * 100) / 100 : RELIABLE_CHANGE[measure].threshold;
}

export interface EntryFact {
  id: string;
  measure: MeasureId;
  complete: boolean;
  score: number | null;
  band: Band['label'] | null;
  /** When the questionnaire was answered; a correction keeps the time of the entry it corrects. */
  takenAt: string;
  createdAt: string;
  correctsId: string | null;
}

/** Entries that stand: every entry not corrected by a later one. */
export function standingEntries<E extends EntryFact>(entries: readonly E[]): E[] {
  const corrected = new Set(entries.map((e) => e.correctsId).filter((id): id is string => id !== null));
  return entries.filter((e) => !corrected.has(e.id));
}

export interface SeriesPoint {
  entryId: string;
  score: number;
  band: Band['label'] | null;
  takenAt: string;
}

export interface MeasureSummary {
  measure: MeasureId;
  series: SeriesPoint[];
  baseline: SeriesPoint | null;
  latest: SeriesPoint | null;
  /** Null until there are two completed questionnaires to compare. */
  change: ReliableChange | null;
  reliablePoints: number;
  /** A kind nudge to talk to a professional: shown when the change is reliably worse. */
  suggestProfessional: boolean;
}

const byTime = (a: { takenAt: string; createdAt: string }, b: { takenAt: string; createdAt: string }) =>
  a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** Baseline (first completed), latest, and reliable change between them, for one measure. */
export function summarizeMeasure(measure: MeasureId, entries: readonly EntryFact[]): MeasureSummary {
  const series = standingEntries(entries.filter((e) => e.measure === measure))
    .filter((e) => e.complete && e.score !== null)
    .sort(byTime)
    .map((e) => ({ entryId: e.id, score: e.score as number, band: e.band, takenAt: e.takenAt }));
  const baseline = series[0] ?? null;
  const latest = series.length > 0 ? series[series.length - 1]! : null;
  const change = baseline && latest && series.length >= 2 ? classifyChange(measure, baseline.score, latest.score) : null;
  return { measure, series, baseline, latest, change, reliablePoints: reliablePoints(measure), suggestProfessional: change === 'reliably worse' };
}

export type DueReason = 'baseline' | 'follow-up' | 'challenge-end';

export interface MeasureDue {
  measure: MeasureId;
  due: boolean;
  reason: DueReason | null;
  /** When the last completed questionnaire was answered. */
  lastAt: string | null;
  /** When the next follow-up is (or was) offered; null before a baseline (it is due now). */
  nextAt: string | null;
}

export interface DueInput {
  now: string;
  /** The person's time zone: the challenge's end is a local day. */
  timeZone: string;
  entries: readonly EntryFact[];
  /** The local date a 30-day challenge reached its 30th day, if it has (or will); null otherwise. */
  challengeEndOn: LocalDate | null;
}

/**
 * What to offer: a baseline before (or at) the first challenge, a follow-up every 14 days after the last
 * completed one, and one at the end of a 30-day challenge. A person may take one any time regardless.
 */
export function measuresDue(input: DueInput): MeasureDue[] {
  const now = Date.parse(input.now);
  const today = localDate(input.now, input.timeZone);
  return (Object.keys(INSTRUMENTS) as MeasureId[]).map((measure) => {
    const done = standingEntries(input.entries.filter((e) => e.measure === measure && e.complete));
    const last = done.reduce<string | null>((m, e) => (m === null || e.takenAt > m ? e.takenAt : m), null);
    if (last === null) return { measure, due: true, reason: 'baseline', lastAt: null, nextAt: null };
    const nextAt = new Date(Date.parse(last) + FOLLOW_UP_DAYS * DAY_MS).toISOString();
    const end = input.challengeEndOn;
    if (end !== null && end <= today && localDate(last, input.timeZone) < end) {
      return { measure, due: true, reason: 'challenge-end', lastAt: last, nextAt };
    }
    if (Date.parse(nextAt) <= now) return { measure, due: true, reason: 'follow-up', lastAt: last, nextAt };
    return { measure, due: false, reason: null, lastAt: last, nextAt };
  });
}
