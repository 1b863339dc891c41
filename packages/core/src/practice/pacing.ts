/**
 * Pacing: the one place every suggestion passes through before a person sees it.
 *
 * This first version holds the practice's basic rule: a suggestion sits near the person's demonstrated
 * level and never far above it. The safety rails (start band, step limits, stepping down after an
 * overwhelming exposure, daily caps, a clinician's limits) extend `pace` here; nothing else filters.
 */
export interface PacingContext {
  /** The level the person has shown they can manage, in expected-peak SUDS; null before any ask. */
  demonstratedLevel: number | null;
}

export interface PacingDecision {
  /** The expected peak SUDS to aim for. */
  target: number;
  /** No suggestion above this. */
  ceiling: number;
  /** No suggestion below this (too easy to teach anything), unless nothing else exists. */
  floor: number;
}

/** Where a brand-new person starts: moderate distress, not a flood (about 20–45). */
export const START_BAND = { floor: 20, target: 30, ceiling: 45 } as const;
/** How far above the demonstrated level a suggestion may go. */
export const STEP_UP = 15;

export function pace(context: PacingContext): PacingDecision {
  if (context.demonstratedLevel === null) return { ...START_BAND };
  const level = context.demonstratedLevel;
  const target = Math.min(100, Math.max(START_BAND.floor, level + 5));
  return {
    target,
    ceiling: Math.min(100, Math.max(START_BAND.ceiling, level + STEP_UP)),
    floor: Math.max(0, target - 25),
  };
}
