import { daysBetween, type LocalDate } from './local-date.js';

/** The 30-day challenge: a day number, not a fixed escalation. */
export const CHALLENGE_LENGTH_DAYS = 30;

/** Day 1 is the start date; null before it starts; past day 30 the run is complete. */
export function challengeDay(startedOn: LocalDate, today: LocalDate): { day: number; complete: boolean } | null {
  const elapsed = daysBetween(startedOn, today);
  if (elapsed < 0) return null;
  return { day: Math.min(elapsed + 1, CHALLENGE_LENGTH_DAYS), complete: elapsed + 1 > CHALLENGE_LENGTH_DAYS };
}
