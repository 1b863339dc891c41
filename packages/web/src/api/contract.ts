import type {
  CatalogueResponseSchema,
  CSRF_HEADER as CORE_CSRF_HEADER,
  Experiment,
  FEARED_HAPPENED as CORE_FEARED_HAPPENED,
  OUTCOMES as CORE_OUTCOMES,
  PASSWORD_MIN_LENGTH as CORE_PASSWORD_MIN_LENGTH,
  Progress,
  Today,
  SAFETY_BEHAVIOURS as CORE_SAFETY_BEHAVIOURS,
  SafetyEventRequestSchema,
  SUPPORT_TOOLS as CORE_SUPPORT_TOOLS,
  UpdateSafetyEventRequest,
} from '@ask-anyway/core';

/*
 * Core's contract constants, restated so that the app does not load core's contract module at run
 * time: that module builds the zod schemas on import, which would add zod to the bundle and, under
 * our CSP, report a blocked `new Function` probe from zod. The `typeof` annotations make the
 * typecheck fail the moment core's values change, so the two cannot drift apart.
 */
export const CSRF_HEADER: typeof CORE_CSRF_HEADER = 'x-csrf-token';
export const PASSWORD_MIN_LENGTH: typeof CORE_PASSWORD_MIN_LENGTH = 8;

export const OUTCOMES: typeof CORE_OUTCOMES = ['rejected', 'accepted', 'partly', 'not-done'];
export const FEARED_HAPPENED: typeof CORE_FEARED_HAPPENED = ['no', 'partly', 'yes'];
export const SAFETY_BEHAVIOURS: typeof CORE_SAFETY_BEHAVIOURS = [
  { id: 'avoid-eye-contact', label: 'Avoiding eye contact' },
  { id: 'over-apologise', label: 'Over-apologising' },
  { id: 'rehearse-script', label: 'Rehearsing a script' },
  { id: 'excuse-ready', label: 'Having an excuse ready' },
  { id: 'rush', label: 'Rushing to get it over with' },
  { id: 'speak-quietly', label: 'Speaking very quietly' },
  { id: 'phone-shield', label: 'Looking at my phone' },
  { id: 'bring-someone', label: 'Bringing someone along' },
  { id: 'joke-it-off', label: 'Making it a joke first' },
];

export const SUPPORT_TOOLS: typeof CORE_SUPPORT_TOOLS = ['breathing', 'grounding', 'naming'];

/**
 * Problem types the app answers with a screen of its own rather than a message: screening comes
 * before the first challenge, and a plan above the rails waits for the person's confirmed heads-up.
 */
export const SCREENING_REQUIRED = '/problems/screening-required';
export const HEADS_UP = '/problems/heads-up';

/*
 * Answer shapes core does not name, read off its schemas as types only (`_output` is what zod's
 * `z.infer` reads), so nothing from zod is loaded here either.
 */
export type CatalogueResponse = (typeof CatalogueResponseSchema)['_output'];
export type CatalogueChallenge = CatalogueResponse['challenges'][number];
export type Streak = Progress['streak'];
export type Anticipation = Progress['anticipation'];
export type AnticipationPoint = Anticipation['points'][number];
export type SafetyEventRequest = (typeof SafetyEventRequestSchema)['_input'];
export type SafetyEventDebrief = UpdateSafetyEventRequest;
export type SupportTool = (typeof CORE_SUPPORT_TOOLS)[number];
export type PacingView = Today['pacing'];
export interface ExperimentPage {
  experiments: Experiment[];
  nextCursor: string | null;
}
