import { addDays, daysBetween, type LocalDate } from './local-date.js';

/**
 * The streak of days with at least one ask, counted in the person's local days.
 * - A planned rest day neither breaks nor extends it: it bridges.
 * - Today not done yet does not break it either: the day is not over.
 * - A missed day ends the current streak; the longest streak and every total stay. Copy never shames it.
 */
export interface Streak {
  /** Ask days in the run that reaches today (or yesterday, if today is still open). */
  current: number;
  longest: number;
  /** Whether today already has an ask or is a rest day. */
  todayDone: boolean;
  todayIsRest: boolean;
}

export function computeStreak(input: {
  askDates: readonly LocalDate[];
  restDates: readonly LocalDate[];
  today: LocalDate;
}): Streak {
  const asks = new Set(input.askDates.filter((d) => d <= input.today));
  const rests = new Set(input.restDates.filter((d) => d <= input.today));
  const todayDone = asks.has(input.today);
  const todayIsRest = rests.has(input.today);

  let current = 0;
  let day = todayDone || todayIsRest ? input.today : addDays(input.today, -1);
  for (;;) {
    if (asks.has(day)) current += 1;
    else if (!rests.has(day)) break;
    day = addDays(day, -1);
  }

  let longest = 0;
  const sorted = [...asks].sort();
  if (sorted.length > 0) {
    let run = 0;
    let cursor = sorted[0]!;
    const last = input.today;
    const span = daysBetween(cursor, last);
    for (let i = 0; i <= span; i++) {
      if (asks.has(cursor)) {
        run += 1;
        longest = Math.max(longest, run);
      } else if (!rests.has(cursor) && cursor !== input.today) {
        run = 0;
      }
      cursor = addDays(cursor, 1);
    }
  }
  return { current, longest: Math.max(longest, current), todayDone, todayIsRest };
}
