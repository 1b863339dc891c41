import {
  ARSQ,
  GAD7,
  GAD7_BANDS,
  PHQ9,
  PHQ9_BANDS,
  type Band,
  type Instrument,
  type MeasureId,
  type MeasuresOverview,
  type MeasureSummaryView,
} from '@ask-anyway/core';

/*
 * The instruments and bands are pure data from core; the bundler keeps only these modules of it
 * (see vite.config.ts), so no zod comes along.
 */
export const INSTRUMENT_BY_ID: Record<MeasureId, Instrument> = { gad7: GAD7, phq9: PHQ9, arsq: ARSQ };
export const MEASURE_ORDER: readonly MeasureId[] = ['gad7', 'phq9', 'arsq'];

/** Published adult mean of the A-RSQ (Berenson et al. 2009, n = 685): a reference, not a cut-off. */
export const ARSQ_MEAN = 8.61;

export function isMeasureId(value: string | undefined): value is MeasureId {
  return value === 'gad7' || value === 'phq9' || value === 'arsq';
}

/** What each one is about, in plain words. */
export const MEASURE_ABOUT: Record<MeasureId, string> = {
  gad7: 'How much worry and nerves have bothered you lately.',
  phq9: 'How much low mood has bothered you lately.',
  arsq: 'How much you worry about being turned down when you ask.',
};

export const MINUTES: Record<MeasureId, string> = { gad7: 'About 2 minutes', phq9: 'About 2 minutes', arsq: 'About 4 minutes' };

export interface ScaleInfo {
  max: number;
  min: number;
  bands: readonly Band[];
}

export const SCALE: Record<MeasureId, ScaleInfo> = {
  gad7: { min: 0, max: 21, bands: GAD7_BANDS },
  phq9: { min: 0, max: 27, bands: PHQ9_BANDS },
  arsq: { min: 1, max: 36, bands: [] },
};

export type Due = MeasuresOverview['due'][number];

export function dueCopy(reason: Due['reason']): string {
  switch (reason) {
    case 'baseline':
      return 'A baseline before your first challenge helps you see change later.';
    case 'follow-up':
      return "It's been two weeks — a 2-minute check-in?";
    case 'challenge-end':
      return 'You reached day 30 — how are things now?';
    default:
      return 'Whenever you like.';
  }
}

/** Bands describe how much something has bothered a person, never what they "have". */
export function bandWords(band: string | null): string | null {
  if (band === null) return null;
  return `${band.charAt(0).toUpperCase()}${band.slice(1)}`;
}

export function scoreText(measure: MeasureId, score: number | null): string {
  if (score === null) return 'Not scored';
  const { max } = SCALE[measure];
  return `${measure === 'arsq' ? score.toFixed(1) : score} of ${max}`;
}

export function changeWords(change: MeasureSummaryView['change']): string | null {
  switch (change) {
    case 'reliably better':
      return 'Reliably better since your first one.';
    case 'no reliable change yet':
      return "No reliable change yet — that's common early on.";
    case 'reliably worse':
      return 'Reliably worse since your first one.';
    default:
      return null;
  }
}

/** What "reliable" means here, for the person reading it. */
export function reliableNote(summary: MeasureSummaryView): string {
  const points = Number.isInteger(summary.reliablePoints) ? summary.reliablePoints : summary.reliablePoints.toFixed(1);
  return `A change of ${points} points or more is bigger than day-to-day wobble.`;
}

export function formatWhen(iso: string, style: 'short' | 'long' = 'short'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return style === 'long'
    ? at.toLocaleDateString('en', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })
    : at.toLocaleDateString('en', { month: 'short', day: 'numeric', year: 'numeric' });
}

export function shortName(measure: MeasureId): string {
  return INSTRUMENT_BY_ID[measure].shortName;
}
