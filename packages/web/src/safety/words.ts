import type { SafetyState, ScreeningAnswers, SupportReason } from '@ask-anyway/core';

/*
 * The safety screens' words. They route, they never diagnose: every sentence says what the person
 * told us and what Ask Anyway does about it, never what they "have".
 */

export type ScreeningKey = keyof ScreeningAnswers;

export interface ScreeningQuestion {
  key: ScreeningKey;
  question: string;
  hint?: string;
}

/** In the order asked. `adult` is the only one where "yes" is the everyday answer. */
export const SCREENING_QUESTIONS: readonly ScreeningQuestion[] = [
  { key: 'adult', question: 'Are you 18 or older?' },
  {
    key: 'selfHarmThoughts',
    question: 'In the last two weeks, have you had thoughts of harming yourself or of ending your life?',
    hint: 'If yes, we will show you people you can talk to, right away.',
  },
  {
    key: 'traumaRejection',
    question: 'Has something painful happened to you around rejection or social situations that still weighs on you?',
    hint: 'For example bullying, abuse or being humiliated.',
  },
  {
    key: 'panicAttacks',
    question: 'Do you get panic attacks?',
    hint: 'Sudden waves of intense fear, often with a racing heart or short breath.',
  },
  {
    key: 'severeLowMood',
    question: 'Has your mood been very low most days lately, so that everyday things feel hard?',
  },
  {
    key: 'substanceCoping',
    question: 'Do you often use alcohol or drugs to cope with nerves or social situations?',
  },
];

/** What the person told us, in their terms: "you get panic attacks". */
const REASON_WORDS: Record<SupportReason, string> = {
  'trauma-rejection': 'something painful around rejection or social situations still weighs on you',
  'panic-attacks': 'you get panic attacks',
  'severe-low-mood': 'your mood has been very low',
  'substance-coping': 'you sometimes use alcohol or drugs to cope',
  skipped: 'you chose to skip the questions',
};

/** "a, b and c". */
function listOf(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const GENTLE = 'a lower start and smaller steps, with help kept close';

/**
 * Why the pace is what it is, in the person's own answers' terms: "You told us that you get panic
 * attacks. So Ask Anyway will …". Never a label for the person.
 */
export function paceLead(state: Pick<SafetyState, 'mode' | 'route' | 'supportReasons'>): string {
  if (state.mode === 'standard') return 'You will start with moderate asks and climb in small steps, at your own pace.';
  const known = state.supportReasons.filter((r): r is SupportReason => r in REASON_WORDS);
  if (known.includes('skipped')) return `You skipped the questions, so Ask Anyway takes the careful path: ${GENTLE}.`;
  if (known.length === 0) return `After what you shared, Ask Anyway takes the careful path: ${GENTLE}.`;
  return `You told us that ${listOf(known.map((r) => REASON_WORDS[r]))}. So Ask Anyway will go gently: ${GENTLE}.`;
}

/** A one-line summary for Settings: where the latest answers put the person. */
export function routeSummary(state: SafetyState): string {
  if (!state.screened) return 'Not answered yet. They come before your first challenge.';
  if (state.pausedFor === 'under-18') return 'Ask Anyway is for adults, so challenges stay off.';
  if (state.pausedFor === 'crisis') return 'Challenges are paused until you tell us you feel safe.';
  if (state.mode === 'supported') return 'Going gently: a lower start and smaller steps.';
  return 'The standard pace: a moderate start and small steps up.';
}

/** "Answered on 26 November 2026". */
export function answeredOn(iso: string): string {
  const day = new Date(iso);
  return Number.isNaN(day.getTime())
    ? ''
    : day.toLocaleDateString('en', { day: 'numeric', month: 'long', year: 'numeric' });
}
