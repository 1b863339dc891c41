import { chronological, isAsk, type ExperimentFacts } from './experiment.js';
import { localDate, type LocalDate } from './local-date.js';

/**
 * Anticipation vs reality, the product's central insight (Craske et al. 2014: expectancy violation).
 * Gap = expected peak SUDS − actual peak SUDS; positive means it felt less bad than feared.
 */
export interface AnticipationPoint {
  id: string;
  date: LocalDate;
  expected: number;
  actual: number;
  beliefBefore: number | null;
  beliefAfter: number | null;
}

export interface AnticipationSummary {
  points: AnticipationPoint[];
  /** Mean of expected − actual over the points, rounded; null with no points. */
  averageGap: number | null;
  /** Mean drop in belief (before − after) over asks that have both; null with none. */
  averageBeliefDrop: number | null;
  /** The gap in plain words. */
  sentence: string;
}

/** Within this many points, "about as hard as expected". */
export const SAME_FEELING_MARGIN = 3;

export function anticipationSummary(experiments: readonly ExperimentFacts[]): AnticipationSummary {
  const points: AnticipationPoint[] = chronological(experiments)
    .filter((e) => isAsk(e) && e.expectedSuds !== null && e.actualSuds !== null)
    .map((e) => ({
      id: e.id,
      date: localDate(e.occurredAt, e.timeZone),
      expected: e.expectedSuds!,
      actual: e.actualSuds!,
      beliefBefore: e.beliefBefore,
      beliefAfter: e.beliefAfter,
    }));
  const averageGap =
    points.length === 0 ? null : Math.round(points.reduce((sum, p) => sum + (p.expected - p.actual), 0) / points.length);
  const rerated = points.filter((p) => p.beliefBefore !== null && p.beliefAfter !== null);
  const averageBeliefDrop =
    rerated.length === 0
      ? null
      : Math.round(rerated.reduce((sum, p) => sum + (p.beliefBefore! - p.beliefAfter!), 0) / rerated.length);
  return { points, averageGap, averageBeliefDrop, sentence: gapSentence(averageGap, points.length) };
}

export function gapSentence(averageGap: number | null, count: number): string {
  if (averageGap === null || count === 0) {
    return 'Log an ask with a prediction, and you will see here how reality compares.';
  }
  const over = count === 1 ? 'For your first ask' : `On average over ${count} asks`;
  if (averageGap > SAME_FEELING_MARGIN) {
    return `${over}, it felt ${averageGap} ${averageGap === 1 ? 'point' : 'points'} less bad than you expected.`;
  }
  if (averageGap < -SAME_FEELING_MARGIN) {
    return `${over}, it felt ${-averageGap} points harder than you expected. That is worth knowing: smaller steps can help, and you still did it.`;
  }
  return `${over}, it felt about as hard as you expected. Your predictions are getting accurate.`;
}
