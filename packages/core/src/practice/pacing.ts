import type { PracticeMode } from '../safety/screening.js';

/**
 * The pacing rails: the one pure module every suggestion passes through, on the server and in any tool.
 * No flooding: suggestions never jump far above what the person has managed; after an overwhelming
 * exposure or a panic the next step goes down and nothing harder is suggested for 48 hours.
 *
 * | rule | standard | supported |
 * |---|---|---|
 * | start band (expected peak SUDS) for a new person | 20–45, aiming at 30 | 10–30, aiming at 20 |
 * | most a suggestion may sit above the demonstrated level | 15 | 10 |
 * | after an ask peaking ≥ 85 or a reported panic | one step below that ask, for 48 h | same |
 * | suggestions shown per local day | 3 | 3 |
 *
 * A clinician's limits can only tighten these (smaller step, lower maximum, pause), never loosen them.
 * A person may still choose a harder challenge themselves: `headsUpFor` gives the non-shaming heads-up
 * they confirm first.
 */
export const RAIL_SETTINGS = {
  standard: { start: { floor: 20, target: 30, ceiling: 45 }, step: 15 },
  supported: { start: { floor: 10, target: 20, ceiling: 30 }, step: 10 },
} as const satisfies Record<PracticeMode, unknown>;

/** An ask whose actual peak reaches this is overwhelming. */
export const OVERWHELMING_SUDS = 85;
export const HOLD_HOURS = 48;
export const DAILY_SUGGESTION_CAP = 3;
/** How far below the target a suggestion may still be (too easy teaches little). */
export const FLOOR_BELOW_TARGET = 25;

/** Kept for callers that only need the standard start band. */
export const START_BAND = RAIL_SETTINGS.standard.start;
export const STEP_UP = RAIL_SETTINGS.standard.step;

export interface ClinicianLimits {
  maxStep?: number | null;
  maxExpectedSuds?: number | null;
  pauseSuggestions?: boolean;
}

export interface OverwhelmEvent {
  /** When it happened (ISO instant). */
  at: string;
  /** The expected peak SUDS of what was being attempted, the level to step down from. */
  level: number;
}

export interface PacingContext {
  mode?: PracticeMode;
  /** The hardest recent ask the person managed without being overwhelmed; null before any. */
  demonstratedLevel: number | null;
  lastOverwhelm?: OverwhelmEvent | null;
  /** Now (ISO instant); needed for the 48-hour hold. */
  now?: string;
  suggestionsToday?: number;
  /** Suggestions paused by screening: a crisis answer not yet followed by a safe check-in, or under 18. */
  pausedFor?: 'crisis' | 'under-18' | null;
  clinician?: ClinicianLimits | null;
}

export type PacingStatus = 'open' | 'paused-crisis' | 'paused-under-18' | 'paused-clinician' | 'daily-cap';

export interface PacingDecision {
  status: PacingStatus;
  mode: PracticeMode;
  step: number;
  /** The expected peak SUDS to aim for. */
  target: number;
  /** No suggestion above this. */
  ceiling: number;
  /** Suggestions below this only when nothing else is left. */
  floor: number;
  /** When the post-overwhelm hold ends, while it lasts. */
  holdUntil: string | null;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

export function pace(context: PacingContext): PacingDecision {
  const mode = context.mode ?? 'standard';
  const rails = RAIL_SETTINGS[mode];
  const clinician = context.clinician ?? {};
  const step = Math.max(0, Math.min(rails.step, clinician.maxStep ?? rails.step));

  let { floor, target, ceiling }: { floor: number; target: number; ceiling: number } = { ...rails.start };
  const level = context.demonstratedLevel;
  if (level !== null) {
    ceiling = clamp(level + step);
    target = clamp(level + Math.min(5, step));
    floor = clamp(target - FLOOR_BELOW_TARGET);
  }

  let holdUntil: string | null = null;
  const event = context.lastOverwhelm;
  if (event && context.now) {
    const ends = new Date(new Date(event.at).getTime() + HOLD_HOURS * 3_600_000);
    if (new Date(context.now) < ends) {
      holdUntil = ends.toISOString();
      const steppedDown = clamp(event.level - Math.max(step, 5));
      ceiling = Math.min(ceiling, steppedDown);
      target = Math.min(target, steppedDown);
      floor = Math.min(floor, clamp(steppedDown - FLOOR_BELOW_TARGET));
    }
  }

  if (clinician.maxExpectedSuds !== null && clinician.maxExpectedSuds !== undefined) {
    ceiling = Math.min(ceiling, clamp(clinician.maxExpectedSuds));
  }
  target = Math.min(target, ceiling);
  floor = Math.min(floor, target);

  const status: PacingStatus =
    context.pausedFor === 'crisis'
      ? 'paused-crisis'
      : context.pausedFor === 'under-18'
        ? 'paused-under-18'
        : clinician.pauseSuggestions
          ? 'paused-clinician'
          : (context.suggestionsToday ?? 0) >= DAILY_SUGGESTION_CAP
            ? 'daily-cap'
            : 'open';
  return { status, mode, step, target, ceiling, floor, holdUntil };
}

export interface HeadsUp {
  /** How far above the rails' ceiling the chosen challenge sits. */
  above: number;
  message: string;
}

/**
 * The heads-up before a person chooses something harder than the rails would suggest: clear, not
 * shaming, and it leaves the choice with them. Null when the choice is within the rails.
 */
export function headsUpFor(expectedSuds: number, decision: PacingDecision): HeadsUp | null {
  if (expectedSuds <= decision.ceiling) return null;
  const above = expectedSuds - decision.ceiling;
  const hold = decision.holdUntil
    ? ' You had a really hard moment recently, so the next two days are meant for gentler steps.'
    : '';
  return {
    above,
    message:
      `This is a bigger step than Ask Anyway would suggest right now: about ${above} points above ` +
      `what you have managed so far.${hold} Going gradually is what makes exposure work. It is still ` +
      `your choice. If it gets too much, stopping is not failure, and “I need a moment” is one tap away.`,
  };
}

/**
 * The limits of several clinicians together: the strictest of each wins (smallest step, lowest maximum,
 * and a pause from any one of them pauses).
 */
export function combineClinicianLimits(limits: readonly ClinicianLimits[]): ClinicianLimits | null {
  if (limits.length === 0) return null;
  const smallest = (values: (number | null | undefined)[]) => {
    const set = values.filter((v): v is number => typeof v === 'number');
    return set.length > 0 ? Math.min(...set) : null;
  };
  return {
    maxStep: smallest(limits.map((l) => l.maxStep)),
    maxExpectedSuds: smallest(limits.map((l) => l.maxExpectedSuds)),
    pauseSuggestions: limits.some((l) => l.pauseSuggestions === true),
  };
}
