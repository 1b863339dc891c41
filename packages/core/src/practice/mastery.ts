import { chronological, isAsk, type ExperimentFacts } from './experiment.js';

/**
 * When a rung of the ladder counts as mastered.
 *
 * Inhibitory learning says what matters is that expectations were violated, not that fear vanished, so
 * an attempt "counts" if it was low in distress OR the feared consequence clearly did not come true:
 * - low distress: actual peak SUDS ≤ 30; or
 * - disconfirmed: the feared consequence did not happen (`no`) and belief in it, re-rated, is ≤ 20%.
 *
 * A rung is mastered after at least 3 asks when at least 2 of the last 3 counted and the most recent one
 * was not overwhelming (actual peak < 70): one good day after a flood is not mastery. An entry the person
 * did not do is not an attempt and never counts against them.
 */
export const MASTERY_RULES = {
  minimumAttempts: 3,
  window: 3,
  countingInWindow: 2,
  lowDistressMax: 30,
  disconfirmedBeliefMax: 20,
  lastAttemptMaxSuds: 69,
} as const;

export type MasteryStatus = 'not-started' | 'practising' | 'mastered';

export interface Mastery {
  status: MasteryStatus;
  attempts: number;
  /** How many of the recent window counted towards mastery. */
  counting: number;
}

export function attemptCounts(e: Pick<ExperimentFacts, 'actualSuds' | 'fearedHappened' | 'beliefAfter'>): boolean {
  const lowDistress = e.actualSuds !== null && e.actualSuds <= MASTERY_RULES.lowDistressMax;
  const disconfirmed =
    e.fearedHappened === 'no' && e.beliefAfter !== null && e.beliefAfter <= MASTERY_RULES.disconfirmedBeliefMax;
  return lowDistress || disconfirmed;
}

export function rungMastery(attemptsOnRung: readonly ExperimentFacts[]): Mastery {
  const asks = chronological(attemptsOnRung.filter(isAsk));
  if (asks.length === 0) return { status: 'not-started', attempts: 0, counting: 0 };
  const recent = asks.slice(-MASTERY_RULES.window);
  const counting = recent.filter(attemptCounts).length;
  const last = asks[asks.length - 1]!;
  const lastCalm = last.actualSuds === null || last.actualSuds <= MASTERY_RULES.lastAttemptMaxSuds;
  const mastered =
    asks.length >= MASTERY_RULES.minimumAttempts && counting >= MASTERY_RULES.countingInWindow && lastCalm;
  return { status: mastered ? 'mastered' : 'practising', attempts: asks.length, counting };
}
