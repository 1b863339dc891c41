import { CHALLENGE_CATEGORIES, type Challenge, type ChallengeCategory } from '../catalogue/challenge.js';
import { isAsk, type ExperimentFacts } from '../practice/experiment.js';
import type { LadderRungFacts } from '../practice/ladder.js';

/**
 * The coach's personal model: how hard each challenge is for *this* person, now.
 *
 * A small Bayesian (Kalman-filter) model, in the spirit of Glicko rather than plain Elo:
 *
 *   ln(actual peak + C)   = ln(prior difficulty + C) + g + b[category] + w[challenge]     + noise
 *   ln(expected peak + C) = ln(prior difficulty + C) + g + b[category] + w[challenge] + a + noise
 *
 * - `g` is how much harder (> 0) or easier (< 0) than the catalogue's rating things feel for this
 *   person overall; `b[category]` is their deviation in one kind of ask; `w[challenge]` is what is
 *   particular to one challenge or rung. The effects are multiplicative (a person twice as afraid finds
 *   a 60 much harder than a 20), which is why the model works on the log scale.
 * - Both ratings a person logs are measurements: the peak they expected beforehand (also on entries
 *   they did not go through with) and the peak they felt. `a` is how much more they expect than they
 *   feel (anticipation above reality), learned from the asks that have both; through it, what a person
 *   dreads in a kind of ask they have not yet done still tells the model something.
 * - Every quantity is a Gaussian belief (a mean and a variance), so the model knows what it does not
 *   know: a brand-new person is the catalogue's priors with wide uncertainty; a category never tried
 *   borrows the person's overall level (`g`) but stays uncertain; a rung rated in the person's own words
 *   starts from their rating.
 * - Between asks the beliefs drift (a random walk: fear changes with practice and life), so recent asks
 *   count more and the uncertainty grows over a gap. After a gap of more than a couple of days part of
 *   the progress is assumed to have faded (return of fear, Craske et al. 2014), never the other way.
 *
 * Pure and deterministic: the time is passed in.
 */
export const COACH_MODEL = {
  /** C: keeps the log finite at 0 and damps the ratio model near the bottom of the scale. */
  offset: 5,
  /** How noisy one peak-SUDS rating is around its expected value (SUDS points, 1 SD). */
  observationSd: 10,
  /** Prior SD of the overall effect `g` (log scale: 0.35 ≈ "±40 % harder or easier"). */
  globalSd: 0.35,
  /** Prior SD of a category's deviation from the person's overall effect. */
  categorySd: 0.25,
  /** Prior SD of what is particular to one challenge. */
  challengeSd: 0.15,
  /** Random-walk drift per day (SD per √day) of the overall and category effects. */
  globalDriftPerDay: 0.03,
  categoryDriftPerDay: 0.02,
  /** A gap longer than this (days without an ask) starts the return of fear. */
  returnGraceDays: 2,
  /** At most this share of the progress returns after a long gap … */
  returnMaxShare: 0.5,
  /** … approached with this time constant (days). */
  returnTimeConstantDays: 14,
  /** The baseline progress is measured from: the overall effect after this many asks. */
  baselineAsks: 3,
  /** Prior SD and drift of the anticipation effect `a` (log scale), and how noisy an expected-peak rating is. */
  anticipationSd: 0.3,
  anticipationDriftPerDay: 0.02,
  expectationSd: 10,
  /** The person's own rating noise is learned too; this many asks' worth of prior weight on `observationSd`. */
  noisePriorWeight: 6,
  /** Anticipation gap shown to the person (expected − actual): prior weight (in asks) on 0, per-ask recency decay. */
  anticipationPriorWeight: 2,
  anticipationDecay: 0.85,
  /** The peak SUDS that defines a category's level: "challenges rated up to L feel moderate now". */
  levelReferenceSuds: 50,
} as const;

/** State: [g, b[category] × 8, a]. */
const DIM = 2 + CHALLENGE_CATEGORIES.length;
const A = DIM - 1;
const CATEGORY_INDEX: ReadonlyMap<ChallengeCategory, number> = new Map(CHALLENGE_CATEGORIES.map((c, i) => [c, i + 1]));
const DAY_MS = 86_400_000;

/** What is known about one challenge or rung for this person. */
export interface ChallengeBelief {
  /** Mean and variance of `w` (log scale). */
  mean: number;
  variance: number;
  /** Asks on it so far. */
  asks: number;
  /** When it was last asked (ISO instant). */
  lastAskedAt: string;
}

/** The fitted personal model. */
export interface PersonalModel {
  /** Posterior means of [g, b[category] × 8 in `CHALLENGE_CATEGORIES` order, a] (log scale). */
  mean: Float64Array;
  /** Posterior covariance, DIM × DIM, row-major. */
  covariance: Float64Array;
  challenges: ReadonlyMap<string, ChallengeBelief>;
  /** Asks per category (and `null` for asks with no known category). */
  asksByCategory: ReadonlyMap<ChallengeCategory | null, number>;
  asks: number;
  /** Recency-weighted mean of expected − actual peak SUDS, shrunk towards 0 (positive: feared more than felt). */
  anticipationGap: number;
  /** This person's rating noise as learned (SUDS, 1 SD). */
  noiseSd: number;
  /** When the last ask happened; null before any. */
  lastAskAt: string | null;
  /** Whole days from the last ask to now; null before any. */
  daysSinceLastAsk: number | null;
  /** How much fear the model assumes has returned since the last ask, on the log scale (0 if none). */
  returnedAtNow: number;
}

/** A prediction for one challenge: what peak SUDS this person would likely feel. */
export interface Prediction {
  /** Expected (median) actual peak SUDS, 0–100. */
  peak: number;
  /** Predictive SD of the actual peak, SUDS points: model uncertainty plus rating noise. */
  sd: number;
  /** The peak they will likely expect beforehand (the model's anticipation effect applied). */
  anticipated: number;
}

export interface CategoryLevel {
  category: ChallengeCategory;
  /** The catalogue rating that would feel about like a moderate 50 for this person now, 0–100. */
  level: number;
  /** How much harder (> 1) or easier (< 1) than rated this kind of ask feels: exp(g + b). */
  scale: number;
  /** SD of the level, in rating points: how sure the model is. */
  uncertainty: number;
  asks: number;
}

/** The key of the thing asked: its rung, or its catalogue challenge. The same keys suggestions use. */
export function challengeKey(e: Pick<ExperimentFacts, 'rungId' | 'challengeSlug'>): string | null {
  if (e.rungId) return `rung:${e.rungId}`;
  if (e.challengeSlug) return `catalogue:${e.challengeSlug}`;
  return null;
}

export interface ChallengeContext {
  rungs: ReadonlyMap<string, LadderRungFacts>;
  bySlug: ReadonlyMap<string, Challenge>;
}

/** The prior difficulty of what an experiment was about: its rung's rating, its catalogue rating, or the person's own expectation. */
export function priorDifficultyOf(e: ExperimentFacts, ctx: ChallengeContext): number | null {
  const rung = e.rungId ? ctx.rungs.get(e.rungId) : undefined;
  if (rung) return rung.suds;
  const challenge = e.challengeSlug ? ctx.bySlug.get(e.challengeSlug) : undefined;
  if (challenge) return challenge.difficulty;
  return e.expectedSuds;
}

export function categoryOf(e: Pick<ExperimentFacts, 'rungId' | 'challengeSlug'>, ctx: ChallengeContext): ChallengeCategory | null {
  const rung = e.rungId ? ctx.rungs.get(e.rungId) : undefined;
  const slug = rung?.challengeSlug ?? e.challengeSlug;
  return (slug ? ctx.bySlug.get(slug)?.category : undefined) ?? null;
}

function priorCovariance(): Float64Array {
  const p = new Float64Array(DIM * DIM);
  p[0] = COACH_MODEL.globalSd ** 2;
  for (let i = 1; i < A; i++) p[i * DIM + i] = COACH_MODEL.categorySd ** 2;
  p[A * DIM + A] = COACH_MODEL.anticipationSd ** 2;
  return p;
}

const rowsOf = (expectation: boolean): readonly (readonly number[])[] =>
  [undefined, ...CHALLENGE_CATEGORIES].map((category) => {
    const k = category ? CATEGORY_INDEX.get(category)! : undefined;
    const row = k === undefined ? [0] : [0, k];
    if (expectation) row.push(A);
    return row;
  });
const FELT_ROWS = rowsOf(false);
const EXPECTED_ROWS = rowsOf(true);

/** The state indices an observation loads on: g, the category's b when known, and a for an expectation. */
function rowFor(category: ChallengeCategory | null, expectation: boolean): readonly number[] {
  const k = category ? (CATEGORY_INDEX.get(category) ?? 0) : 0;
  return (expectation ? EXPECTED_ROWS : FELT_ROWS)[k]!;
}

function linear(mean: ArrayLike<number>, row: readonly number[]): number {
  let s = 0;
  for (const i of row) s += mean[i]!;
  return s;
}

function quadratic(cov: ArrayLike<number>, row: readonly number[]): number {
  let s = 0;
  for (const i of row) for (const j of row) s += cov[i * DIM + j]!;
  return s;
}

/** One Kalman update of the state with a scalar observation `y` of the sum over `row`, noise variance `noise`. */
function update(mean: Float64Array, cov: Float64Array, hp: Float64Array, row: readonly number[], y: number, noise: number): void {
  hp.fill(0);
  for (const i of row) for (let j = 0; j < DIM; j++) hp[j] = hp[j]! + cov[i * DIM + j]!;
  let s = noise;
  for (const i of row) s += hp[i]!;
  const innovation = y - linear(mean, row);
  for (let j = 0; j < DIM; j++) mean[j] = mean[j]! + (hp[j]! / s) * innovation;
  for (let a = 0; a < DIM; a++) {
    const ha = hp[a]! / s;
    if (ha === 0) continue;
    for (let b = 0; b < DIM; b++) cov[a * DIM + b] = cov[a * DIM + b]! - ha * hp[b]!;
  }
}

function returnShare(gapDays: number): number {
  const effective = gapDays - COACH_MODEL.returnGraceDays;
  if (effective <= 0) return 0;
  return COACH_MODEL.returnMaxShare * (1 - Math.exp(-effective / COACH_MODEL.returnTimeConstantDays));
}

/** An experiment with its time parsed once: what the coach works on. */
export interface TimedExperiment {
  e: ExperimentFacts;
  /** `occurredAt` in epoch milliseconds. */
  t: number;
  /** `challengeKey(e)`, computed once. */
  key: string | null;
}

/** Oldest first (ties by id, as `chronological`), each with its parsed time. */
export function timeline(experiments: readonly ExperimentFacts[]): TimedExperiment[] {
  return experiments
    .map((e) => ({ e, t: Date.parse(e.occurredAt), key: challengeKey(e) }))
    .sort((a, b) => a.t - b.t || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
}

/**
 * Fits the personal model to a person's history, up to `now`, oldest entry first. An ask contributes its
 * expected peak (if rated) and its felt peak; a passed-on ("not-done") entry only its expected peak;
 * a planned entry (no outcome) nothing. Entries after `now` are ignored.
 */
export function fitPersonalModel(
  experiments: readonly ExperimentFacts[] | readonly TimedExperiment[],
  ctx: ChallengeContext,
  now: string,
): PersonalModel {
  const first = experiments[0];
  const timed = first === undefined || 't' in first ? (experiments as readonly TimedExperiment[]) : timeline(experiments as readonly ExperimentFacts[]);
  const C = COACH_MODEL.offset;
  const qg = COACH_MODEL.globalDriftPerDay ** 2;
  const qk = COACH_MODEL.categoryDriftPerDay ** 2;
  const qa = COACH_MODEL.anticipationDriftPerDay ** 2;
  const w0 = COACH_MODEL.challengeSd ** 2;
  const nowMs = Date.parse(now);
  const mean = new Float64Array(DIM);
  const cov = priorCovariance();
  const hp = new Float64Array(DIM);
  const challenges = new Map<string, ChallengeBelief>();
  const asksByCategory = new Map<ChallengeCategory | null, number>();
  let asks = 0;
  let baseline: number | null = null;
  let last: TimedExperiment | null = null;
  let lastAsk: TimedExperiment | null = null;
  let gapSum = 0;
  let gapWeight = 0;
  let noiseSum = COACH_MODEL.noisePriorWeight * COACH_MODEL.observationSd ** 2;
  let noiseWeight = COACH_MODEL.noisePriorWeight;

  // Drift: the uncertainty grows with time.
  const drift = (from: number, to: number): void => {
    const days = Math.max(0, (to - from) / DAY_MS);
    cov[0] = cov[0]! + qg * days;
    for (let i = 1; i < A; i++) cov[i * DIM + i] = cov[i * DIM + i]! + qk * days;
    cov[A * DIM + A] = cov[A * DIM + A]! + qa * days;
  };
  // Return of fear: after a gap in asks, part of the progress since the baseline fades.
  let sinceAsk = { at: 0, from: 0, applied: 0 };
  const fade = (to: number): number => {
    if (lastAsk === null || baseline === null || baseline <= sinceAsk.from) return 0;
    const due = returnShare((to - sinceAsk.at) / DAY_MS) * (baseline - sinceAsk.from);
    if (due > sinceAsk.applied) {
      mean[0] = mean[0]! + (due - sinceAsk.applied);
      sinceAsk.applied = due;
    }
    return sinceAsk.applied;
  };

  for (const item of timed) {
    if (item.t > nowMs) break;
    const e = item.e;
    const asked = isAsk(e) && e.actualSuds !== null;
    if (!asked && (e.outcome === null || e.expectedSuds === null)) continue;
    const prior = priorDifficultyOf(e, ctx);
    if (prior === null) continue;
    if (last !== null) drift(last.t, item.t);
    fade(item.t);
    last = item;

    const category = categoryOf(e, ctx);
    const key = item.key;
    const belief = key ? challenges.get(key) : undefined;
    const wMean = belief?.mean ?? 0;
    const wVar = belief?.variance ?? w0;
    const base = Math.log(prior + C);
    const noiseSd = Math.sqrt(noiseSum / noiseWeight);

    // The expected peak, rated before (asks and passed-on entries alike).
    if (e.expectedSuds !== null) {
      const row = rowFor(category, true);
      const predicted = Math.max(10, Math.exp(base + linear(mean, row) + wMean));
      const y = Math.log(Math.min(100, Math.max(0, e.expectedSuds)) + C) - base - wMean;
      update(mean, cov, hp, row, y, (COACH_MODEL.expectationSd / predicted) ** 2 + wVar);
    }
    if (!asked) continue;
    const actual = Math.min(100, Math.max(0, e.actualSuds!));

    // The peak felt.
    const row = rowFor(category, false);
    const eta = linear(mean, row) + wMean;
    const predicted = Math.max(10, Math.exp(base + eta));
    const modelVar = (quadratic(cov, row) + wVar) * predicted * predicted;
    const r = (noiseSd / predicted) ** 2;
    const y = Math.log(actual + C) - base;
    const miss = actual + C - predicted;
    noiseSum += Math.max(0, miss * miss - modelVar);
    noiseWeight += 1;
    update(mean, cov, hp, row, y - wMean, r + wVar);

    // Then what is particular to this challenge, from what is left.
    if (key) {
      const left = y - linear(mean, row);
      const gain = wVar / (wVar + r + quadratic(cov, row));
      const next = belief ?? { mean: 0, variance: wVar, asks: 0, lastAskedAt: e.occurredAt };
      next.mean = wMean + gain * (left - wMean);
      next.variance = (1 - gain) * wVar;
      next.asks += 1;
      next.lastAskedAt = e.occurredAt;
      if (!belief) challenges.set(key, next);
    }

    lastAsk = item;
    sinceAsk = { at: item.t, from: mean[0]!, applied: 0 };
    asks += 1;
    asksByCategory.set(category, (asksByCategory.get(category) ?? 0) + 1);
    if (asks === COACH_MODEL.baselineAsks) baseline = mean[0]!;
    if (e.expectedSuds !== null) {
      gapSum = gapSum * COACH_MODEL.anticipationDecay + (e.expectedSuds - actual);
      gapWeight = gapWeight * COACH_MODEL.anticipationDecay + 1;
    }
  }

  if (last !== null) drift(last.t, nowMs);
  const returnedAtNow = fade(nowMs);
  return {
    mean,
    covariance: cov,
    challenges,
    asksByCategory,
    asks,
    anticipationGap: gapSum / (gapWeight + COACH_MODEL.anticipationPriorWeight),
    noiseSd: Math.sqrt(noiseSum / noiseWeight),
    lastAskAt: lastAsk?.e.occurredAt ?? null,
    daysSinceLastAsk: lastAsk !== null ? Math.floor(Math.max(0, nowMs - lastAsk.t) / DAY_MS) : null,
    returnedAtNow,
  };
}

/** What this person would likely feel on a challenge with this prior rating, category and key. */
export function predictPeak(
  model: PersonalModel,
  prior: number,
  category: ChallengeCategory | null,
  key: string | null,
): Prediction {
  const C = COACH_MODEL.offset;
  const row = rowFor(category, false);
  const belief = key ? model.challenges.get(key) : undefined;
  const eta = linear(model.mean, row) + (belief?.mean ?? 0);
  const variance = quadratic(model.covariance, row) + (belief?.variance ?? COACH_MODEL.challengeSd ** 2);
  const raw = (prior + C) * Math.exp(eta) - C;
  const peak = Math.max(0, Math.min(100, raw));
  const sd = Math.sqrt((raw + C) ** 2 * variance + model.noiseSd ** 2);
  const anticipated = Math.max(0, Math.min(100, (prior + C) * Math.exp(eta + model.mean[A]!) - C));
  return { peak, sd, anticipated };
}

/** The person's current level in each kind of ask (see `CategoryLevel`). */
export function categoryLevels(model: PersonalModel): CategoryLevel[] {
  const C = COACH_MODEL.offset;
  const ref = COACH_MODEL.levelReferenceSuds + C;
  return CHALLENGE_CATEGORIES.map((category) => {
    const row = rowFor(category, false);
    const eta = linear(model.mean, row);
    const sdLog = Math.sqrt(quadratic(model.covariance, row));
    const level = ref / Math.exp(eta) - C;
    return {
      category,
      level: Math.round(Math.max(0, Math.min(100, level))),
      scale: Math.round(Math.exp(eta) * 100) / 100,
      uncertainty: Math.round(Math.min(100, (level + C) * sdLog)),
      asks: model.asksByCategory.get(category) ?? 0,
    };
  });
}
