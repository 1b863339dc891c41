/**
 * Screening before the first challenge. It routes, it does not diagnose: the answers decide how
 * carefully Ask Anyway paces the practice and what help it puts in front of the person.
 *
 * - Under 18 → no challenges; a kind explanation and resources.
 * - Thoughts of self-harm or suicide now → the crisis screen; suggestions pause until a later check-in
 *   where the person says they are safe.
 * - Trauma tied to rejection or social situations, panic attacks, severe low mood, or alcohol/drugs to
 *   cope → supported mode: a lower start, smaller steps, and a clear recommendation to work with a
 *   professional.
 * - Skipping screening gives the crisis-safe default: supported mode, help shown, nothing blocked.
 */
export const SCREENING_VERSION = 1;

export interface ScreeningAnswers {
  /** Is the person 18 or over? */
  adult: boolean;
  /** Thoughts of harming themselves or of suicide, now or in the last two weeks. */
  selfHarmThoughts: boolean;
  traumaRejection: boolean;
  panicAttacks: boolean;
  severeLowMood: boolean;
  substanceCoping: boolean;
}

export type ScreeningRoute = 'under-18' | 'crisis' | 'supported' | 'standard';
export type PracticeMode = 'standard' | 'supported';

export type SupportReason = 'trauma-rejection' | 'panic-attacks' | 'severe-low-mood' | 'substance-coping' | 'skipped';

export interface ScreeningOutcome {
  route: ScreeningRoute;
  /** The pace every suggestion follows. */
  mode: PracticeMode;
  /** Why supported mode, in the person's own answers' terms; empty in standard mode. */
  supportReasons: SupportReason[];
  /** Whether challenge suggestions are paused (crisis, or under 18). */
  suggestionsPaused: boolean;
  /** Whether to recommend working with a professional prominently. */
  recommendProfessional: boolean;
}

/** Routes a completed screening; `null` means the person skipped it. */
export function routeScreening(answers: ScreeningAnswers | null): ScreeningOutcome {
  if (answers === null) {
    return { route: 'supported', mode: 'supported', supportReasons: ['skipped'], suggestionsPaused: false, recommendProfessional: true };
  }
  const supportReasons: SupportReason[] = [];
  if (answers.traumaRejection) supportReasons.push('trauma-rejection');
  if (answers.panicAttacks) supportReasons.push('panic-attacks');
  if (answers.severeLowMood) supportReasons.push('severe-low-mood');
  if (answers.substanceCoping) supportReasons.push('substance-coping');
  const mode: PracticeMode = supportReasons.length > 0 ? 'supported' : 'standard';
  if (!answers.adult) {
    return { route: 'under-18', mode, supportReasons, suggestionsPaused: true, recommendProfessional: true };
  }
  if (answers.selfHarmThoughts) {
    return { route: 'crisis', mode: 'supported', supportReasons, suggestionsPaused: true, recommendProfessional: true };
  }
  return {
    route: mode === 'supported' ? 'supported' : 'standard',
    mode,
    supportReasons,
    suggestionsPaused: false,
    recommendProfessional: mode === 'supported',
  };
}
