import type { AttentionFlag, SharingScope } from './types';

/** What each scope shares, in the person's terms; the clinician's view uses the short label. */
export const SCOPE_WORDS: Readonly<Record<SharingScope, { label: string; detail: string }>> = {
  practice: {
    label: 'Your practice',
    detail: 'Your ladder and your asks: dates, ratings, how each one went. Not your own words.',
  },
  notes: {
    label: 'Your own words',
    detail: 'What you feared and what you learned, as you wrote it. Needs your practice shared too.',
  },
  measures: {
    label: 'Questionnaires',
    detail: 'Your GAD-7, PHQ-9 and rejection sensitivity scores and answers.',
  },
  safety: {
    label: 'Hard moments',
    detail: 'When you noted a panic or a hard moment, and any crisis answer, so they can check in.',
  },
};

/** The same scopes, as a clinician reads them. */
export const SCOPE_FOR_CLINICIAN: Readonly<Record<SharingScope, string>> = {
  practice: 'Their practice (ladder and asks)',
  notes: 'Their own words',
  measures: 'Questionnaires',
  safety: 'Hard moments',
};

export const FLAG_WORDS: Readonly<Record<AttentionFlag, string>> = {
  'crisis-answer': 'Crisis answer',
  panic: 'Panic',
  overwhelm: 'Very high distress',
  'reliably-worse': 'Scores reliably worse',
  inactive: 'No activity for 7 days',
};

/** Urgent flags are drawn warmer than the rest; none of them is an alarm. */
export function flagTone(flag: AttentionFlag): 'urgent' | 'watch' | 'quiet' {
  if (flag === 'crisis-answer' || flag === 'panic') return 'urgent';
  if (flag === 'inactive') return 'quiet';
  return 'watch';
}

/** "12 Mar, 14:05", in the reader's own locale and zone. */
export function when(iso: string): string {
  return new Date(iso).toLocaleString('en', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** What is shared, as a short list in plain words. */
export function scopeList(scopes: readonly SharingScope[], reader: 'person' | 'clinician' = 'person'): string {
  if (scopes.length === 0) return 'nothing';
  return scopes.map((s) => (reader === 'person' ? SCOPE_WORDS[s].label : SCOPE_FOR_CLINICIAN[s]).toLowerCase()).join(', ');
}
