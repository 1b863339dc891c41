import type { Experiment, FearedHappened, Outcome, SafetyBehaviourId } from '@ask-anyway/core';
import { SAFETY_BEHAVIOURS } from '../api/contract';

/*
 * The words the practice screens use for numbers and states. Kind, plain and short: a no is a win,
 * and not doing it this time is never a failure.
 */

/** SUDS 0–100 in a word; the bands follow the clinical habit of starting around 20–50 ("moderate"). */
export function sudsWord(suds: number): string {
  if (suds <= 10) return 'calm';
  if (suds <= 25) return 'mild';
  if (suds <= 50) return 'moderate';
  if (suds <= 75) return 'strong';
  if (suds <= 90) return 'very strong';
  return 'extreme';
}

/** A tone class for a rating: colour follows intensity, never carries meaning alone. */
export function sudsTone(suds: number): 'mild' | 'moderate' | 'strong' {
  if (suds <= 25) return 'mild';
  if (suds <= 50) return 'moderate';
  return 'strong';
}

/** Belief 0–100 % in a phrase. */
export function beliefWord(percent: number): string {
  if (percent <= 5) return 'not at all';
  if (percent <= 30) return 'a little';
  if (percent <= 60) return 'somewhat';
  if (percent <= 90) return 'quite sure';
  return 'completely sure';
}

/** What each outcome is called where the person chooses it. */
export const OUTCOME_CHOICES: Readonly<Record<Outcome, string>> = {
  rejected: 'They said no — that counts!',
  accepted: 'They said yes',
  partly: 'Partly',
  'not-done': "I didn't do it this time",
};

/** The short form on a chip in lists. */
export const OUTCOME_CHIPS: Readonly<Record<Outcome | 'planned', string>> = {
  rejected: 'No — a win',
  accepted: 'Yes',
  partly: 'Partly',
  'not-done': 'Not this time',
  planned: 'Planned',
};

export const FEARED_HAPPENED_CHOICES: Readonly<Record<FearedHappened, string>> = {
  no: 'No',
  partly: 'Partly',
  yes: 'Yes',
};

const safetyLabels = new Map<string, string>(SAFETY_BEHAVIOURS.map((b) => [b.id, b.label]));

export function safetyLabel(id: SafetyBehaviourId | string): string {
  return safetyLabels.get(id) ?? id;
}

/** "Tue, Mar 3" for a local date (YYYY-MM-DD), read as that calendar day wherever the phone is. */
export function formatLocalDate(localDate: string, style: 'short' | 'long' = 'short'): string {
  const day = new Date(`${localDate}T12:00:00`);
  if (Number.isNaN(day.getTime())) return localDate;
  return style === 'long'
    ? day.toLocaleDateString('en', { weekday: 'long', month: 'long', day: 'numeric' })
    : day.toLocaleDateString('en', { weekday: 'short', month: 'short', day: 'numeric' });
}

/** The one-line comparison the product is built around. */
export function expectedVsActual(expected: number | null, actual: number | null): string | null {
  if (expected === null || actual === null) return null;
  return `You expected ${expected}, it peaked at ${actual}.`;
}

export function isPlanned(e: Pick<Experiment, 'outcome'>): boolean {
  return e.outcome === null;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
