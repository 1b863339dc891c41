import type { Challenge } from '../catalogue/challenge.js';

/** A rung of a person's fear ladder: a feared situation rated 0–100 SUDS. */
export interface LadderRungFacts {
  id: string;
  title: string;
  challengeSlug: string | null;
  suds: number;
  createdAt: string;
}

/** Easiest first; equal ratings keep the order they were added in, then by id. */
export function sortLadder<T extends LadderRungFacts>(rungs: readonly T[]): T[] {
  return [...rungs].sort(
    (a, b) => a.suds - b.suds || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1),
  );
}

/** Neighbours further apart than this are a step too big to climb in one go. */
export const MAX_STEP = 20;

export interface LadderGap {
  lowerId: string;
  upperId: string;
  from: number;
  to: number;
  size: number;
  /** Catalogue challenges strictly inside the gap, nearest its middle first, none already on the ladder. */
  suggestions: Challenge[];
}

export function findGaps(
  rungs: readonly LadderRungFacts[],
  catalogue: readonly Challenge[],
  suggestionsPerGap = 3,
): LadderGap[] {
  const sorted = sortLadder(rungs);
  const onLadder = new Set(sorted.map((r) => r.challengeSlug).filter((s): s is string => s !== null));
  const gaps: LadderGap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const lower = sorted[i - 1]!;
    const upper = sorted[i]!;
    const size = upper.suds - lower.suds;
    if (size <= MAX_STEP) continue;
    const middle = (lower.suds + upper.suds) / 2;
    const suggestions = catalogue
      .filter((c) => c.difficulty > lower.suds && c.difficulty < upper.suds && !onLadder.has(c.slug))
      .sort((a, b) => Math.abs(a.difficulty - middle) - Math.abs(b.difficulty - middle) || (a.slug < b.slug ? -1 : 1))
      .slice(0, suggestionsPerGap);
    gaps.push({ lowerId: lower.id, upperId: upper.id, from: lower.suds, to: upper.suds, size, suggestions });
  }
  return gaps;
}
