import type { Challenge, ChallengeCategory, ChallengeSetting } from '../catalogue/challenge.js';
import { catalogue as defaultCatalogue } from '../catalogue/catalogue.js';
import { isAsk, type ExperimentFacts } from '../practice/experiment.js';
import type { LadderRungFacts } from '../practice/ladder.js';
import { localDate } from '../practice/local-date.js';
import { rungMastery, type MasteryStatus } from '../practice/mastery.js';
import {
  OVERWHELMING_SUDS,
  RAIL_SETTINGS,
  pace,
  type ClinicianLimits,
  type PacingDecision,
  type PacingStatus,
} from '../practice/pacing.js';
import { seededRandom } from '../practice/random.js';
import { demonstratedLevel, lastOverwhelm, type Suggestion } from '../practice/suggestion.js';
import type { PracticeMode } from '../safety/screening.js';
import {
  categoryLevels,
  categoryOf,
  challengeKey,
  fitPersonalModel,
  predictPeak,
  type CategoryLevel,
  type ChallengeContext,
  timeline,
  type PersonalModel,
} from './model.js';

/**
 * The adaptive coach: the next challenge at this person's edge, inside the rails.
 *
 * 1. The rails first: `pace()` with the person's demonstrated level, last overwhelm or panic, mode,
 *    pauses, today's count and clinician limits. Not open → no suggestion, just the status.
 * 2. The personal model (`model.ts`) predicts, for every candidate, the peak SUDS this person would
 *    likely feel, how sure it is, and the peak they would likely *expect* beforehand.
 * 3. Nothing rated above the rails' ceiling (the rating, `expectedSuds`, is what the rails measure the
 *    demonstrated level in); and, on top of the rails, nothing with more than a 0.1 % predicted chance
 *    (0.05 % in supported mode) of an overwhelming peak for this person — so an untried kind of ask,
 *    being uncertain, is only suggested at gentler ratings.
 * 4. Aim: a working peak a little above what the person has recently felt (mean of the last three asks
 *    plus one small step), capped; gentler after a break, after passing on one, and during the hold;
 *    ratings above the rails' target cost a little; nothing the person will likely dread as much as
 *    what they recently passed on.
 * 5. Variety (inhibitory learning): a kind of ask and a setting not done lately, not the same ask twice
 *    in a week, the person's own rungs a little preferred. Except: when the last ask's feared
 *    consequence came true, the same ask again (at most three times in a row), because one more go is
 *    how the prediction gets tested again rather than escalated past.
 * 6. One of the best few, drawn with the seed: deterministic for the same input.
 */
export const COACH_RULES = {
  /**
   * `step`: how far above the recent peaks to aim; `workingMax`: the highest peak ever aimed at;
   * `overwhelmZ`: the predicted peak plus this many predictive SDs must stay below an overwhelming 85,
   * i.e. at most a 0.1 % (standard) or 0.05 % (supported) predicted chance of an overwhelming peak.
   */
  standard: { step: 5, workingMax: 60, overwhelmZ: 3.09 },
  supported: { step: 3, workingMax: 50, overwhelmZ: 3.29 },
  /** Days without an ask after which the next step is gentler (fear can return). */
  breakDays: 7,
  /** How far back passed-on ("didn't do it") entries lower the aim. */
  avoidanceWindowDays: 14,
  /** Asks that count as "recent" for variety. */
  varietyWindow: 3,
  /** Consecutive confirmed asks on one challenge after which the coach moves on. */
  maxRepeats: 3,
  /** How many of the best candidates the seed chooses among. */
  drawFrom: 3,
} as const;

export type CoachRung = LadderRungFacts & { mastery?: MasteryStatus };

/** Everything besides the history: passed straight to the rails, plus the ladder and skips. */
export interface CoachSettings {
  mode?: PracticeMode;
  /** The person's current IANA time zone, for "today"; default: the latest entry's zone, else UTC. */
  timeZone?: string;
  /** The person's ladder; mastery is computed from the history when not given. */
  rungs?: readonly CoachRung[];
  /** Reported panics ("I'm panicking"), with the difficulty of what was being attempted if known. */
  panics?: readonly { at: string; level: number | null }[];
  /** Suggestions already shown today (the rails cap them). */
  suggestionsToday?: number;
  pausedFor?: 'crisis' | 'under-18' | null;
  clinician?: ClinicianLimits | null;
  /** Keys already declined today ("another suggestion"). */
  skip?: readonly string[];
}

export interface CoachInput {
  history: readonly ExperimentFacts[];
  settings?: CoachSettings;
  /** Now, an ISO instant. */
  now: string;
  seed: number;
  /** Defaults to the shipped catalogue. */
  catalogue?: readonly Challenge[];
}

export interface CoachSuggestion extends Suggestion {
  setting: ChallengeSetting | null;
  /** The catalogue's rating, or the person's own rating of the rung (the same as `expectedSuds`). */
  priorDifficulty: number;
  /** The peak SUDS the coach predicts this person would feel (its median). */
  personalDifficulty: number;
  /** The peak SUDS the coach predicts this person will expect beforehand (anticipation runs high). */
  anticipatedSuds: number;
  /** An 80 % range for that peak. */
  personalRange: [number, number];
  /** The person's level in this kind of ask (see `CategoryLevel`), when the kind is known. */
  categoryLevel: number | null;
  /** True when this is the same ask again because its feared consequence came true last time. */
  repeat: boolean;
}

export interface CoachResult {
  /** The rails' status: only 'open' comes with a suggestion. */
  status: PacingStatus;
  suggestion: CoachSuggestion | null;
  /** The demonstrated level the rails used. */
  level: number | null;
  pacing: PacingDecision;
  /** The working peak SUDS the coach aimed at; null when not open. */
  target: number | null;
  /** The person's level per kind of ask. */
  levels: CategoryLevel[];
  /** Recency-weighted expected − actual peak (positive: asks felt less bad than feared). */
  anticipationGap: number;
  /** Asks the model learned from. */
  asks: number;
}

interface Candidate {
  key: string;
  kind: 'rung' | 'catalogue';
  rungId: string | null;
  challengeSlug: string | null;
  title: string;
  ask: string | null;
  prior: number;
  category: ChallengeCategory | null;
  setting: ChallengeSetting | null;
}

interface Scored {
  c: Candidate;
  /** Predicted peak felt, its predictive SD, and its upper bound at the mode's z. */
  peak: number;
  sd: number;
  upper: number;
  /** Predicted peak the person will expect beforehand. */
  anticipated: number;
  score: number;
}

const DAY_MS = 86_400_000;
const round = (n: number) => Math.round(n);
function mean(xs: readonly number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total / xs.length;
}

/** The coach's next suggestion for one person. Pure and deterministic for a given input and seed. */
export function coachSuggest(input: CoachInput): CoachResult {
  const cat = input.catalogue ?? defaultCatalogue;
  const settings = input.settings ?? {};
  const mode: PracticeMode = settings.mode ?? 'standard';
  const rules = COACH_RULES[mode];
  const history = input.history;
  const rungs = settings.rungs ?? [];
  const ctx: ChallengeContext = {
    rungs: new Map(rungs.map((r) => [r.id, r])),
    bySlug: new Map(cat.map((c) => [c.slug, c])),
  };

  // 1. The rails, exactly as the server's suggestions use them.
  const level = demonstratedLevel(history, rungs, cat);
  const overwhelm = lastOverwhelm(history, settings.panics ?? [], rungs, cat, level ?? RAIL_SETTINGS[mode].start.target);
  const pacing = pace({
    mode,
    now: input.now,
    suggestionsToday: settings.suggestionsToday ?? 0,
    pausedFor: settings.pausedFor ?? null,
    clinician: settings.clinician ?? null,
    demonstratedLevel: level,
    lastOverwhelm: overwhelm,
  });

  // 2. The personal model.
  const nowMs = Date.parse(input.now);
  const timed = timeline(history).filter((x) => x.t <= nowMs);
  const model = fitPersonalModel(timed, ctx, input.now);
  const levels = categoryLevels(model);
  const base = { level, pacing, levels, anticipationGap: round(model.anticipationGap), asks: model.asks };
  if (pacing.status !== 'open') return { status: pacing.status, suggestion: null, target: null, ...base };

  const past = timed.map((x) => x.e);
  const timedAsks = timed.filter((x) => isAsk(x.e));
  const asks = timedAsks.map((x) => x.e);
  const lastAsks = asks.slice(-COACH_RULES.varietyWindow);
  const lastAsk = asks[asks.length - 1];
  const lastEntry = [...past].reverse().find((e) => e.outcome !== null);
  const timeZone = settings.timeZone ?? past[past.length - 1]?.timeZone ?? 'UTC';
  const today = localDate(input.now, timeZone);

  const setting = (e: ExperimentFacts): ChallengeSetting | null => {
    const rung = e.rungId ? ctx.rungs.get(e.rungId) : undefined;
    const slug = rung?.challengeSlug ?? e.challengeSlug;
    return (slug ? ctx.bySlug.get(slug)?.setting : undefined) ?? null;
  };
  const recentCategories = new Set(lastAsks.map((e) => categoryOf(e, ctx)).filter((c) => c !== null));
  // How many asks ago each kind of ask was last done: the longer, the more it adds variety.
  const asksSince = new Map<ChallengeCategory, number>();
  for (let i = asks.length - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    const category = categoryOf(asks[i]!, ctx);
    if (category && !asksSince.has(category)) asksSince.set(category, n);
  }
  const lastSetting = lastAsk ? setting(lastAsk) : null;
  const weekAgo = nowMs - 7 * DAY_MS;
  const askedThisWeek = new Set(
    timedAsks.filter((x) => x.t >= weekAgo).map((x) => x.key).filter((k) => k !== null),
  );
  const doneToday = new Set(
    timedAsks
      .filter((x) => x.t >= nowMs - 2 * DAY_MS && localDate(x.e.occurredAt, x.e.timeZone) === today)
      .map((x) => x.key)
      .filter((k) => k !== null),
  );
  const skip = new Set(settings.skip ?? []);

  // 3. Candidates: unmastered rungs and the catalogue challenges not on the ladder.
  const byRung = new Map<string, ExperimentFacts[]>();
  for (const e of past) {
    if (!e.rungId) continue;
    const list = byRung.get(e.rungId);
    if (list) list.push(e);
    else byRung.set(e.rungId, [e]);
  }
  const onLadder = new Set(rungs.map((r) => r.challengeSlug).filter((s) => s !== null));
  const candidates: Candidate[] = [
    ...rungs
      .filter((r) => (r.mastery ?? rungMastery(byRung.get(r.id) ?? []).status) !== 'mastered')
      .map((r): Candidate => {
        const challenge = r.challengeSlug ? ctx.bySlug.get(r.challengeSlug) : undefined;
        return {
          key: `rung:${r.id}`,
          kind: 'rung',
          rungId: r.id,
          challengeSlug: r.challengeSlug,
          title: r.title,
          ask: challenge?.ask ?? null,
          prior: r.suds,
          category: challenge?.category ?? null,
          setting: challenge?.setting ?? null,
        };
      }),
    ...cat
      .filter((c) => !onLadder.has(c.slug))
      .map(
        (c): Candidate => ({
          key: `catalogue:${c.slug}`,
          kind: 'catalogue',
          rungId: null,
          challengeSlug: c.slug,
          title: c.title,
          ask: c.ask,
          prior: c.difficulty,
          category: c.category,
          setting: c.setting,
        }),
      ),
  ].filter((c) => !skip.has(c.key) && !doneToday.has(c.key));

  // 4. The aim.
  const managed = asks
    .filter((e) => e.actualSuds !== null && e.actualSuds < OVERWHELMING_SUDS)
    .slice(-3)
    .map((e) => e.actualSuds!);
  const recentPeak = managed.length > 0 ? mean(managed) : null;
  const passedOn = lastEntry?.outcome === 'not-done';
  const afterBreak = model.daysSinceLastAsk !== null && model.daysSinceLastAsk > COACH_RULES.breakDays;
  let target: number = pacing.target;
  if (recentPeak !== null) {
    target = recentPeak + rules.step;
    if (afterBreak || passedOn) target = recentPeak - rules.step;
    if (pacing.holdUntil) target = recentPeak - 2 * rules.step;
  }
  target = Math.max(10, Math.min(target, rules.workingMax));

  // Expected peaks the person has passed on lately, and not matched since: aim below them.
  const avoidWindow = nowMs - COACH_RULES.avoidanceWindowDays * DAY_MS;
  let avoidLimit = Infinity;
  for (const x of timed) {
    if (x.t < avoidWindow || x.e.outcome !== 'not-done' || x.e.expectedSuds === null) continue;
    const dreaded = x.e.expectedSuds;
    const matchedLater = timedAsks.some((a) => a.t > x.t && (a.e.expectedSuds ?? -1) >= dreaded - 2);
    if (!matchedLater) avoidLimit = Math.min(avoidLimit, dreaded);
  }

  const levelOf = new Map(levels.map((l) => [l.category, l.level]));
  const recentMean = lastAsks.filter((e) => e.actualSuds !== null).map((e) => e.actualSuds!);
  const lastActual = lastAsk?.actualSuds ?? null;
  const lastDisconfirmed = lastAsk?.fearedHappened === 'no';

  const scoring: Scoring = {
    model,
    target,
    railsTarget: pacing.target,
    overwhelmZ: rules.overwhelmZ,
    asksSince,
    lastSetting,
    askedThisWeek,
    avoidLimit,
  };

  // 5. Within the rails (hard), under the safety cap (relaxed only if nothing is), in the band first.
  const inRails: Scored[] = [];
  for (const c of candidates) {
    const scored = scoreCandidate(c, scoring);
    if (c.prior <= pacing.ceiling) inRails.push(scored);
  }
  let safe = inRails.filter((c) => c.upper < OVERWHELMING_SUDS);
  if (safe.length === 0) safe = [...inRails].sort((a, b) => a.upper - b.upper || (a.c.key < b.c.key ? -1 : 1)).slice(0, 6);
  let pool = safe.filter((x) => x.c.prior >= pacing.floor);
  if (pool.length === 0) pool = safe;
  // A disconfirmed prediction earns a step: nothing easier than what was just managed (or than the aim).
  const steady = !passedOn && !afterBreak && !pacing.holdUntil;
  if (steady && lastDisconfirmed && lastActual !== null && lastActual < OVERWHELMING_SUDS) {
    const stepFloor = Math.min(lastActual, target) - 2;
    const lastKeyOf = lastAsk ? challengeKey(lastAsk) : null;
    const stepping = pool.filter((x) => x.peak >= stepFloor && x.c.key !== lastKeyOf);
    if (stepping.length > 0) pool = stepping;
  }
  if (pool.length === 0) return { status: pacing.status, suggestion: null, target: round(target), ...base };

  // The same ask again when its feared consequence came true.
  const confirmed = lastAsk && (lastAsk.fearedHappened === 'yes' || lastAsk.fearedHappened === 'partly');
  const lastKey = lastAsk ? challengeKey(lastAsk) : null;
  let chosen: Scored | undefined;
  let repeat = false;
  if (confirmed && !passedOn && !pacing.holdUntil && lastKey && lastAsk.actualSuds !== null && lastAsk.actualSuds < OVERWHELMING_SUDS) {
    let run = 0;
    for (let i = asks.length - 1; i >= 0 && challengeKey(asks[i]!) === lastKey; i--) {
      const f = asks[i]!.fearedHappened;
      if (f !== 'yes' && f !== 'partly') break;
      run += 1;
    }
    const again = run < COACH_RULES.maxRepeats ? safe.find((x) => x.c.key === lastKey) : undefined;
    if (again) {
      chosen = again;
      repeat = true;
    }
  }

  if (!chosen) {
    const ranked = [...pool].sort((a, b) => b.score - a.score || (a.c.key < b.c.key ? -1 : 1)).slice(0, COACH_RULES.drawFrom);
    const weights = Float64Array.from(ranked, (r) => Math.exp(2 * (r.score - ranked[0]!.score)));
    let total = 0;
    for (const w of weights) total += w;
    let pick = seededRandom(input.seed)() * total;
    chosen = ranked[0]!;
    for (let i = 0; i < ranked.length; i++) {
      pick -= weights[i]!;
      if (pick <= 0) {
        chosen = ranked[i]!;
        break;
      }
    }
  }

  const reason = reasonFor(chosen, {
    repeat,
    fearedOnLastAsk: lastAsk?.fearedHappened ?? null,
    newPerson: asks.length === 0,
    mode,
    hold: pacing.holdUntil !== null,
    afterBreak,
    passedOn,
    recentPeaks: recentMean,
    recentCategories,
    everCategories: new Set(model.asksByCategory.keys()),
    lastSetting,
  });

  return {
    status: pacing.status,
    suggestion: {
      key: chosen.c.key,
      kind: chosen.c.kind,
      rungId: chosen.c.rungId,
      challengeSlug: chosen.c.challengeSlug,
      title: chosen.c.title,
      ask: chosen.c.ask,
      expectedSuds: chosen.c.prior,
      category: chosen.c.category,
      reason,
      setting: chosen.c.setting,
      priorDifficulty: chosen.c.prior,
      personalDifficulty: round(chosen.peak),
      anticipatedSuds: round(chosen.anticipated),
      personalRange: [
        round(Math.max(0, chosen.peak - 1.2816 * chosen.sd)),
        round(Math.min(100, chosen.peak + 1.2816 * chosen.sd)),
      ],
      categoryLevel: chosen.c.category ? (levelOf.get(chosen.c.category) ?? null) : null,
      repeat,
    },
    target: round(target),
    ...base,
  };
}

interface Scoring {
  model: PersonalModel;
  target: number;
  railsTarget: number;
  overwhelmZ: number;
  asksSince: ReadonlyMap<ChallengeCategory, number>;
  lastSetting: ChallengeSetting | null;
  askedThisWeek: ReadonlySet<string>;
  avoidLimit: number;
}

/**
 * How well a candidate fits: near the working aim, not far above the rails' target, a kind of ask and
 * a setting not done lately, not asked this week, the person's own rung, not what they recently passed on.
 */
function scoreCandidate(c: Candidate, s: Scoring): Scored {
  const p = predictPeak(s.model, c.prior, c.category, c.key);
  const upper = p.peak + s.overwhelmZ * p.sd;
  let score = -Math.abs(p.peak - s.target) / 8;
  score -= Math.max(0, c.prior - s.railsTarget) / 15;
  if (c.category) score += 0.2 * Math.min(5, s.asksSince.get(c.category) ?? 5);
  if (c.setting && s.lastSetting && c.setting !== s.lastSetting) score += 0.25;
  if (s.askedThisWeek.has(c.key)) score -= 0.8;
  if (c.kind === 'rung') score += 0.3;
  if (p.anticipated >= s.avoidLimit - 3) score -= 2;
  return { c, peak: p.peak, sd: p.sd, upper, anticipated: p.anticipated, score };
}

interface ReasonFacts {
  repeat: boolean;
  fearedOnLastAsk: ExperimentFacts['fearedHappened'];
  newPerson: boolean;
  mode: PracticeMode;
  hold: boolean;
  afterBreak: boolean;
  passedOn: boolean;
  recentPeaks: readonly number[];
  recentCategories: ReadonlySet<ChallengeCategory>;
  everCategories: ReadonlySet<ChallengeCategory | null>;
  lastSetting: ChallengeSetting | null;
}

const SETTING_WORDS: Readonly<Record<ChallengeSetting, string>> = {
  'in-person': 'face to face',
  phone: 'by phone',
  online: 'online',
};

/** One sentence the person can read: why this one. */
function reasonFor({ c, peak }: Scored, f: ReasonFacts): string {
  if (f.hold) return 'A gentler step after a hard moment: going easier for a couple of days is part of it.';
  if (f.repeat) {
    return f.fearedOnLastAsk === 'yes'
      ? 'The same ask again: what you feared happened last time, and one more go is how you learn you can cope when it does.'
      : 'The same ask again: part of what you feared happened last time, so one more go will tell you more.';
  }
  if (f.newPerson) {
    return f.mode === 'supported'
      ? 'A small, gentle start: we go slowly on purpose.'
      : 'A gentle start in the moderate range, a good place to begin.';
  }
  if (f.afterBreak) return 'Welcome back: a gentler step after a break, since fear can creep back a little while you are away.';
  if (f.passedOn) return 'A smaller step than the one you passed on last time, and passing was completely fine.';

  const n = f.recentPeaks.length;
  const last = n === 1 ? 'your last ask' : n === 2 ? 'your last two asks' : 'your last three asks';
  let sentence: string;
  if (n === 0) sentence = 'Close to what you have managed so far';
  else {
    const diff = peak - mean(f.recentPeaks);
    sentence = diff >= 3 ? `A step up from ${last}` : diff <= -3 ? `A little easier than ${last}` : `About as hard as ${last}`;
  }
  const extras: string[] = [];
  if (c.kind === 'rung') extras.push('from your own ladder');
  if (c.category && !f.everCategories.has(c.category)) extras.push('in a kind of ask you have not tried yet');
  else if (c.category && !f.recentCategories.has(c.category)) extras.push('in a kind of ask you have not done lately');
  if (c.setting && f.lastSetting && c.setting !== f.lastSetting) {
    extras.push(`in a new setting (${SETTING_WORDS[c.setting]})`);
  }
  if (extras.length === 0) return `${sentence}.`;
  if (extras.length === 1) return `${sentence}, ${extras[0]}.`;
  return `${sentence}, ${extras.slice(0, -1).join(', ')} and ${extras[extras.length - 1]}.`;
}
