import type { Challenge, ChallengeCategory } from '../catalogue/challenge.js';
import { chronological, isAsk, type ExperimentFacts } from './experiment.js';
import type { LadderRungFacts } from './ladder.js';
import { localDate, type LocalDate } from './local-date.js';
import type { MasteryStatus } from './mastery.js';
import { OVERWHELMING_SUDS, pace, type OverwhelmEvent, type PacingContext, type PacingDecision } from './pacing.js';
import { seededRandom } from './random.js';

/** An ask that was overwhelming: the next level steps down, not up. */
export const OVERWHELMED_AT = OVERWHELMING_SUDS;
/** How many recent asks define the demonstrated level. */
export const LEVEL_WINDOW = 5;

export interface SuggestionCandidate {
  /** `rung:<id>` or `catalogue:<slug>`: what "another suggestion" skips. */
  key: string;
  kind: 'rung' | 'catalogue';
  rungId: string | null;
  challengeSlug: string | null;
  title: string;
  ask: string | null;
  expectedSuds: number;
  category: ChallengeCategory | null;
}

export interface Suggestion extends SuggestionCandidate {
  /** One sentence the person can read: why this one. */
  reason: string;
}

export interface SuggestionInput {
  rungs: readonly (LadderRungFacts & { mastery: MasteryStatus })[];
  experiments: readonly ExperimentFacts[];
  catalogue: readonly Challenge[];
  today: LocalDate;
  seed: number;
  skip?: readonly string[];
  /** Reported panics ("I'm panicking"), with the difficulty of what was being attempted if known. */
  panics?: readonly { at: string; level: number | null }[];
  /** Everything the rails need besides the history: mode, now, today's count, pauses, clinician limits. */
  pacing?: Omit<PacingContext, 'demonstratedLevel' | 'lastOverwhelm'>;
}

export interface SuggestionResult {
  suggestion: Suggestion | null;
  level: number | null;
  pacing: PacingDecision;
}

/**
 * How hard an ask was, in the units suggestions are made in: the rating of the challenge itself (the
 * person's rung, else the catalogue prior), and only for an ask in the person's own words their own
 * prediction. Not the prediction first: anticipation runs above reality, and a feared-70 ask on a
 * 30-rated challenge must not make the next suggestion a 75.
 */
function difficultyOf(
  e: ExperimentFacts,
  rungs: ReadonlyMap<string, LadderRungFacts>,
  bySlug: ReadonlyMap<string, Challenge>,
): number | null {
  return (
    (e.rungId ? rungs.get(e.rungId)?.suds : undefined) ??
    (e.challengeSlug ? bySlug.get(e.challengeSlug)?.difficulty : undefined) ??
    e.expectedSuds ??
    e.actualSuds
  );
}

/**
 * The level a person has shown they can manage: the hardest of their last few asks that did not
 * overwhelm them. (Stepping down after an overwhelming ask is the rails' job: see `lastOverwhelm`.)
 */
export function demonstratedLevel(
  experiments: readonly ExperimentFacts[],
  rungs: readonly LadderRungFacts[],
  catalogue: readonly Challenge[],
): number | null {
  const asks = chronological(experiments.filter(isAsk)).slice(-LEVEL_WINDOW);
  if (asks.length === 0) return null;
  const rungMap = new Map(rungs.map((r) => [r.id, r]));
  const bySlug = new Map(catalogue.map((c) => [c.slug, c]));
  const managed = asks
    .filter((e) => e.actualSuds === null || e.actualSuds < OVERWHELMED_AT)
    .map((e) => difficultyOf(e, rungMap, bySlug))
    .filter((d): d is number => d !== null);
  return managed.length === 0 ? null : Math.max(...managed);
}

/**
 * The most recent overwhelming moment: an ask that peaked at or above OVERWHELMING_SUDS, or a reported
 * panic. Its level is the difficulty of what was attempted, so the rails can step down from it.
 */
export function lastOverwhelm(
  experiments: readonly ExperimentFacts[],
  panics: readonly { at: string; level: number | null }[],
  rungs: readonly LadderRungFacts[],
  catalogue: readonly Challenge[],
  fallbackLevel: number,
): OverwhelmEvent | null {
  const rungMap = new Map(rungs.map((r) => [r.id, r]));
  const bySlug = new Map(catalogue.map((c) => [c.slug, c]));
  const events: OverwhelmEvent[] = [
    ...experiments
      .filter((e) => isAsk(e) && e.actualSuds !== null && e.actualSuds >= OVERWHELMED_AT)
      .map((e) => ({ at: e.occurredAt, level: difficultyOf(e, rungMap, bySlug) ?? fallbackLevel })),
    ...panics.map((p) => ({ at: p.at, level: p.level ?? fallbackLevel })),
  ];
  if (events.length === 0) return null;
  return events.reduce((latest, e) => (e.at > latest.at ? e : latest));
}

/**
 * One suggested next challenge from the person's ladder and the catalogue, near their level and within
 * the pacing decision, preferring their own rungs and kinds of ask they have not done lately (variety
 * helps what is learned to generalise). Deterministic for a given input and seed.
 */
export function suggestNext(input: SuggestionInput): SuggestionResult {
  const level = demonstratedLevel(input.experiments, input.rungs, input.catalogue);
  const mode = input.pacing?.mode ?? 'standard';
  const overwhelm = lastOverwhelm(
    input.experiments,
    input.panics ?? [],
    input.rungs,
    input.catalogue,
    level ?? (mode === 'supported' ? 20 : 30),
  );
  const pacing = pace({ ...input.pacing, demonstratedLevel: level, lastOverwhelm: overwhelm });
  if (pacing.status !== 'open') return { suggestion: null, level, pacing };
  const skip = new Set(input.skip ?? []);
  const bySlug = new Map(input.catalogue.map((c) => [c.slug, c]));
  const recentAsks = chronological(input.experiments.filter(isAsk)).slice(-3);
  const recentCategories = new Set(
    recentAsks.map((e) => (e.challengeSlug ? bySlug.get(e.challengeSlug)?.category : undefined)).filter(Boolean),
  );
  const doneToday = new Set(
    input.experiments
      .filter((e) => isAsk(e) && localDate(e.occurredAt, e.timeZone) === input.today)
      .flatMap((e) => [e.rungId ? `rung:${e.rungId}` : null, e.challengeSlug ? `catalogue:${e.challengeSlug}` : null])
      .filter((k): k is string => k !== null),
  );
  const onLadder = new Set(input.rungs.map((r) => r.challengeSlug).filter((s): s is string => s !== null));

  const all: SuggestionCandidate[] = [
    ...input.rungs
      .filter((r) => r.mastery !== 'mastered')
      .map((r) => {
        const challenge = r.challengeSlug ? bySlug.get(r.challengeSlug) : undefined;
        return {
          key: `rung:${r.id}`,
          kind: 'rung' as const,
          rungId: r.id,
          challengeSlug: r.challengeSlug,
          title: r.title,
          ask: challenge?.ask ?? null,
          expectedSuds: r.suds,
          category: challenge?.category ?? null,
        };
      }),
    ...input.catalogue
      .filter((c) => !onLadder.has(c.slug))
      .map((c) => ({
        key: `catalogue:${c.slug}`,
        kind: 'catalogue' as const,
        rungId: null,
        challengeSlug: c.slug,
        title: c.title,
        ask: c.ask,
        expectedSuds: c.difficulty,
        category: c.category,
      })),
  ].filter((c) => !skip.has(c.key) && !doneToday.has(c.key) && c.expectedSuds <= pacing.ceiling);

  // Inside the band first; if the person has skipped everything there, easier ones — never harder.
  let pool = all.filter((c) => c.expectedSuds >= pacing.floor);
  if (pool.length === 0) pool = all;
  if (pool.length === 0) return { suggestion: null, level, pacing };

  const score = (c: SuggestionCandidate) =>
    1 -
    Math.abs(c.expectedSuds - pacing.target) / 30 +
    (c.kind === 'rung' ? 0.5 : 0) +
    (c.category && !recentCategories.has(c.category) ? 0.2 : 0);
  const ranked = pool
    .map((c) => ({ c, s: score(c) }))
    .sort((a, b) => b.s - a.s || (a.c.key < b.c.key ? -1 : 1))
    .slice(0, 6);
  const weights = ranked.map((r) => Math.max(0.05, r.s));
  const total = weights.reduce((a, b) => a + b, 0);
  let pick = seededRandom(input.seed)() * total;
  let chosen = ranked[0]!.c;
  for (let i = 0; i < ranked.length; i++) {
    pick -= weights[i]!;
    if (pick <= 0) {
      chosen = ranked[i]!.c;
      break;
    }
  }
  return { suggestion: { ...chosen, reason: reasonFor(chosen, level, recentCategories, pacing) }, level, pacing };
}

function reasonFor(
  c: SuggestionCandidate,
  level: number | null,
  recent: ReadonlySet<unknown>,
  pacing: PacingDecision,
): string {
  if (pacing.holdUntil) return 'A gentler step after a hard moment: going easier for a couple of days is part of it.';
  if (level === null) {
    return pacing.mode === 'supported'
      ? 'A small, gentle start: we go slowly on purpose.'
      : 'A gentle start in the moderate range, a good place to begin.';
  }
  if (c.kind === 'rung') {
    return c.expectedSuds > level
      ? 'From your own ladder: a small step up from what you have already managed.'
      : 'From your own ladder, close to what you have already managed.';
  }
  if (c.category && !recent.has(c.category)) {
    return c.expectedSuds > level
      ? 'A small step up, in a kind of ask you have not tried lately.'
      : 'Near your level, in a kind of ask you have not tried lately.';
  }
  return c.expectedSuds > level ? 'A small step up from your recent asks.' : 'Close to your recent asks.';
}
