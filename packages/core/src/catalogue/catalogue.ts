import type { Challenge } from './challenge.js';
import { beingSeen } from './challenges/being-seen.js';
import { dating } from './challenges/dating.js';
import { everydayAsks } from './challenges/everyday-asks.js';
import { friendsPlans } from './challenges/friends-plans.js';
import { online } from './challenges/online.js';
import { shopsServices } from './challenges/shops-services.js';
import { strangersSmallTalk } from './challenges/strangers-small-talk.js';
import { workStudy } from './challenges/work-study.js';

/**
 * Bump when the catalogue's content changes (date of the change, then a counter for that day).
 * Slugs are stable identifiers: logs refer to them, so never reuse a slug for a different ask.
 */
export const CATALOGUE_VERSION = '2026-11-26.1';

/** Every challenge, in category order. Entries are frozen: treat them as shared, read-only data. */
export const catalogue: readonly Challenge[] = Object.freeze(
  [
    ...everydayAsks,
    ...shopsServices,
    ...strangersSmallTalk,
    ...friendsPlans,
    ...dating,
    ...workStudy,
    ...online,
    ...beingSeen,
  ].map((challenge) => Object.freeze(challenge)),
);

const bySlug: ReadonlyMap<string, Challenge> = new Map(catalogue.map((c) => [c.slug, c]));

/** The challenge with this slug, or `undefined` if the catalogue has none. */
export function findChallenge(slug: string): Challenge | undefined {
  return bySlug.get(slug);
}

/**
 * Challenges whose difficulty lies within `width` of `target` (inclusive), nearest first,
 * ties broken by slug so the order is deterministic. A negative or non-finite width, or a
 * non-finite target, yields no challenges.
 */
export function challengesNear(target: number, width: number): Challenge[] {
  if (!Number.isFinite(target) || !Number.isFinite(width) || width < 0) return [];
  return catalogue
    .filter((c) => Math.abs(c.difficulty - target) <= width)
    .sort((a, b) => {
      const byDistance = Math.abs(a.difficulty - target) - Math.abs(b.difficulty - target);
      if (byDistance !== 0) return byDistance;
      return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
    });
}
