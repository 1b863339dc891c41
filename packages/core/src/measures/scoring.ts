import { GAD7, PHQ9, PHQ9_ITEM9_INDEX, type FrequencyInstrument } from './instruments.js';

/**
 * Scoring by the published rules. An incomplete form is never scored as if complete: a missing answer
 * gives no total (the person is asked to finish it instead).
 */
export interface Band {
  label: 'minimal' | 'mild' | 'moderate' | 'moderately severe' | 'severe';
  min: number;
  max: number;
}

/** GAD-7 (Spitzer et al. 2006): 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. */
export const GAD7_BANDS: readonly Band[] = [
  { label: 'minimal', min: 0, max: 4 },
  { label: 'mild', min: 5, max: 9 },
  { label: 'moderate', min: 10, max: 14 },
  { label: 'severe', min: 15, max: 21 },
];

/** PHQ-9 (Kroenke et al. 2001): 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. */
export const PHQ9_BANDS: readonly Band[] = [
  { label: 'minimal', min: 0, max: 4 },
  { label: 'mild', min: 5, max: 9 },
  { label: 'moderate', min: 10, max: 14 },
  { label: 'moderately severe', min: 15, max: 19 },
  { label: 'severe', min: 20, max: 27 },
];

export type Answers = readonly (number | null | undefined)[];

export type FrequencyScore =
  | { complete: true; total: number; band: Band }
  | { complete: false; missing: number[]; total: null; band: null };

export function bandOf(total: number, bands: readonly Band[]): Band {
  const band = bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`Total ${total} is outside the scale`);
  return band;
}

function scoreFrequency(instrument: FrequencyInstrument, bands: readonly Band[], answers: Answers): FrequencyScore {
  const allowed = new Set(instrument.options.map((o) => o.value));
  const missing: number[] = [];
  let total = 0;
  for (let i = 0; i < instrument.items.length; i++) {
    const value = answers[i];
    if (value === null || value === undefined) {
      missing.push(i);
      continue;
    }
    if (!allowed.has(value)) throw new RangeError(`Answer ${value} to item ${i + 1} is not an option`);
    total += value;
  }
  if (answers.length > instrument.items.length) throw new RangeError('More answers than items');
  if (missing.length > 0) return { complete: false, missing, total: null, band: null };
  return { complete: true, total, band: bandOf(total, bands) };
}

export const scoreGad7 = (answers: Answers): FrequencyScore => scoreFrequency(GAD7, GAD7_BANDS, answers);
export const scorePhq9 = (answers: Answers): FrequencyScore => scoreFrequency(PHQ9, PHQ9_BANDS, answers);

/** PHQ-9 item 9 above 0 always opens the crisis path, whatever the total, even on an incomplete form. */
export function phq9NeedsCrisisPath(answers: Answers): boolean {
  const value = answers[PHQ9_ITEM9_INDEX];
  return typeof value === 'number' && value > 0;
}

export interface RejectionAnswer {
  /** (a) concern, 1 (very unconcerned) – 6 (very concerned). */
  concern: number | null | undefined;
  /** (b) acceptance expectancy, 1 (very unlikely) – 6 (very likely). */
  expectancy: number | null | undefined;
}

export type RejectionScore = { complete: true; score: number } | { complete: false; missing: number[]; score: null };

export const ARSQ_SITUATIONS = 9;

/**
 * A-RSQ (Berenson et al. 2009; scoring from Downey's lab): per situation, concern × (7 − expectancy);
 * the score is the mean of the nine, from 1 to 36.
 */
export function scoreArsq(answers: readonly RejectionAnswer[]): RejectionScore {
  if (answers.length > ARSQ_SITUATIONS) throw new RangeError('More answers than situations');
  const missing: number[] = [];
  let sum = 0;
  for (let i = 0; i < ARSQ_SITUATIONS; i++) {
    const a = answers[i];
    const ok = (v: number | null | undefined): v is number => typeof v === 'number';
    if (!a || !ok(a.concern) || !ok(a.expectancy)) {
      missing.push(i);
      continue;
    }
    for (const v of [a.concern, a.expectancy]) {
      if (!Number.isInteger(v) || v < 1 || v > 6) throw new RangeError(`Answer ${v} in situation ${i + 1} is not 1–6`);
    }
    sum += a.concern * (7 - a.expectancy);
  }
  if (missing.length > 0) return { complete: false, missing, score: null };
  return { complete: true, score: Math.round((sum / ARSQ_SITUATIONS) * 100) / 100 };
}
