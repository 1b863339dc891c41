// The synthetic-person simulator behind `npm run bench:coach`. A MODEL, NOT EVIDENCE ABOUT PEOPLE:
// it encodes the mechanisms docs/COACH.md lists (fear per category, intensity × fear → peak SUDS,
// anticipation above reality, learning from exposure and expectancy violation, sensitisation after a
// flood, avoidance, dropout, breaks and return of fear) with made-up but plausible numbers, so that
// policies can be compared side by side on the same people. Every number comes from the parameter set.
import { CHALLENGE_CATEGORIES, catalogue, seededRandom } from '../../packages/core/dist/index.js';

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 0, 5);

/** A 32-bit hash of small integers and strings: seeds for independent, reproducible random streams. */
export function hash(...parts) {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** A random stream with uniform and normal draws. */
export function stream(...parts) {
  const next = seededRandom(hash(...parts));
  return {
    uniform: next,
    normal(mean = 0, sd = 1) {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick(items) {
      return items[Math.floor(next() * items.length)];
    },
  };
}

const clamp = (x, lo = 0, hi = 100) => Math.max(lo, Math.min(hi, x));
const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export const instantOf = (day, hour) => new Date(START + day * DAY_MS + hour * 3_600_000).toISOString();

/** A synthetic person: traits drawn from the parameter set, identical whichever policy they meet. */
export function createPerson(params, index) {
  const r = stream(params.seed, 'person', index);
  const base = r.normal(params.fear.mean, params.fear.personSd);
  const fear0 = {};
  const bias = {};
  for (const c of CHALLENGE_CATEGORIES) {
    fear0[c] = clamp(base + r.normal(0, params.fear.categorySd), params.fear.min, params.fear.max);
    bias[c] = Math.max(0, r.normal(params.anticipation.initialBiasMean, params.anticipation.initialBiasSd));
  }
  return {
    index,
    mode: r.uniform() < params.supportedShare ? 'supported' : 'standard',
    willingness: r.normal(params.avoidance.willingnessMean, params.avoidance.willingnessSd),
    fear0,
    fear: { ...fear0 },
    bias,
    history: [],
    panics: [],
    overwhelms: 0,
    exposures: 0,
    avoided: 0,
    passedOnStreak: 0,
    inBand: 0,
    dropped: false,
    droppedOn: null,
    breakUntil: -1,
    lastExposureDay: -1,
    fearAt: {},
  };
}

/** What is particular to one challenge for one person ("that one hits a nerve"): fixed per person. */
function idiosyncrasy(params, person, slug) {
  return stream(params.seed, 'idio', person.index, slug).normal(0, params.intensityIdiosyncrasySd);
}

const meanFear = (person) => mean(Object.values(person.fear));

function learn(params, person, category, amount) {
  const floor = params.learning.fearFloor;
  for (const c of CHALLENGE_CATEGORIES) {
    const share = c === category ? 1 : params.learning.generalisation;
    person.fear[c] -= share * amount * Math.max(0, person.fear[c] - floor);
  }
}

function sensitise(params, person, category) {
  for (const c of CHALLENGE_CATEGORIES) {
    const share = c === category ? 1 : params.sensitisation.generalisation;
    person.fear[c] = clamp(person.fear[c] + share * params.sensitisation.fearIncrease);
    person.bias[c] += share * params.anticipation.afterOverwhelm;
  }
}

function settleAnticipation(params, person, category) {
  for (const c of CHALLENGE_CATEGORIES) {
    const share = c === category ? 1 : params.anticipation.generalisation;
    person.bias[c] *= 1 - share * params.anticipation.learningRate;
  }
}

function returnOfFear(params, person, day) {
  if (person.lastExposureDay < 0 || day - person.lastExposureDay <= params.returnOfFear.graceDays) return;
  for (const c of CHALLENGE_CATEGORIES) {
    person.fear[c] += params.returnOfFear.dailyShare * Math.max(0, person.fear0[c] - person.fear[c]);
  }
}

function pickOutcome(params, r) {
  const u = r.uniform();
  const o = params.outcomes;
  return u < o.rejected ? 'rejected' : u < o.rejected + o.accepted ? 'accepted' : 'partly';
}

/**
 * One day for one person under one policy. `policy.choose(person, day)` returns a catalogue challenge
 * (or null); the person then does it, or passes on it when it looks too frightening.
 */
function live(params, policy, person, day) {
  const r = stream(params.seed, 'day', person.index, day);
  // Draw every random number of the day up front, in a fixed order, so all policies share them.
  const draws = {
    attrition: r.uniform(),
    breakStart: r.uniform(),
    breakLength: r.uniform(),
    peakNoise: r.normal(0, params.peakNoiseSd),
    anticipationNoise: r.normal(0, params.anticipation.noiseSd),
    willingnessNoise: r.normal(0, params.avoidance.noiseSd),
    outcome: pickOutcome(params, r),
    feared: r.uniform(),
    panicReport: r.uniform(),
    dropout: r.uniform(),
    beliefNoise: r.normal(0, 8),
    hour: 17 + Math.floor(r.uniform() * 4),
  };
  if (person.dropped) return;
  if (draws.attrition < params.dropout.dailyAttrition) {
    person.dropped = true;
    person.droppedOn = day;
    return;
  }
  if (day > person.breakUntil && draws.breakStart < params.breaks.startProbability) {
    person.breakUntil = day + params.breaks.minDays + Math.floor(draws.breakLength * (params.breaks.maxDays - params.breaks.minDays + 1)) - 1;
  }
  if (day <= person.breakUntil) return;

  const challenge = policy.choose(person, day);
  if (!challenge) return;
  const category = challenge.category;
  const intensity = clamp(challenge.difficulty + idiosyncrasy(params, person, challenge.slug));
  const expectedPeak = clamp((intensity * person.fear[category]) / params.referenceFear);
  const anticipated = clamp(expectedPeak + person.bias[category] + draws.anticipationNoise);
  const at = instantOf(day, draws.hour);
  const entry = {
    id: `d${String(day).padStart(3, '0')}`,
    rungId: null,
    challengeSlug: challenge.slug,
    occurredAt: at,
    timeZone: 'UTC',
    expectedSuds: Math.round(anticipated),
    beliefBefore: Math.round(clamp(anticipated + draws.beliefNoise)),
    outcome: 'not-done',
    actualSuds: null,
    fearedHappened: null,
    beliefAfter: null,
  };

  if (anticipated > person.willingness + draws.willingnessNoise) {
    person.avoided += 1;
    person.passedOnStreak += 1;
    person.history.push(entry);
    policy.observe?.(person, { challenge, done: false, day });
    // Disengagement: offered something too frightening day after day, some people give up.
    if (person.passedOnStreak >= params.dropout.passedOnStreak && draws.dropout < params.dropout.perPassedOnDay) {
      person.dropped = true;
      person.droppedOn = day;
    }
    return;
  }
  person.passedOnStreak = 0;

  const peak = clamp(expectedPeak + draws.peakNoise);
  const feared = draws.feared < params.fearedHappened.yes ? 'yes' : draws.feared < params.fearedHappened.yes + params.fearedHappened.partly ? 'partly' : 'no';
  entry.outcome = draws.outcome;
  entry.actualSuds = Math.round(peak);
  entry.fearedHappened = feared;
  entry.beliefAfter = feared === 'no' ? Math.round(clamp(entry.beliefBefore * 0.35 + draws.beliefNoise)) : entry.beliefBefore;
  person.history.push(entry);
  person.exposures += 1;
  person.lastExposureDay = day;
  if (peak >= 30 && peak <= 70) person.inBand += 1;

  const overwhelmed = peak >= params.sensitisation.overwhelmAt;
  if (overwhelmed) {
    person.overwhelms += 1;
    sensitise(params, person, category);
    if (draws.panicReport < params.panicReportProbability) person.panics.push({ at, level: challenge.difficulty });
    const p = params.dropout.firstOverwhelm + params.dropout.perFurtherOverwhelm * (person.overwhelms - 1);
    if (draws.dropout < p) {
      person.dropped = true;
      person.droppedOn = day;
    }
  } else {
    const violation = Math.max(0, anticipated - peak) / 100;
    const tested = feared === 'no' ? 1 : feared === 'partly' ? 0.5 : 0;
    learn(params, person, category, params.learning.exposureRate * (peak / 100) + params.learning.violationRate * violation * tested);
    settleAnticipation(params, person, category);
  }
  policy.observe?.(person, { challenge, done: true, overwhelmed, day });
}

/** Runs `policy` over the parameter set's people; returns per-policy metrics. */
export function simulate(params, makePolicy, people = params.people) {
  const policyName = makePolicy.policyName;
  const persons = [];
  for (let i = 0; i < people; i++) {
    const person = createPerson(params, i);
    const policy = makePolicy(params, person);
    for (let day = 0; day < params.days; day++) {
      live(params, policy, person, day);
      if (!(person.lastExposureDay === day)) returnOfFear(params, person, day);
      if (day + 1 === 30 || day + 1 === 60 || day + 1 === params.days) person.fearAt[day + 1] = meanFear(person);
    }
    persons.push(person);
  }
  const reduction = (d) => mean(persons.map((p) => mean(Object.values(p.fear0)) - (p.fearAt[d] ?? NaN)));
  return {
    policy: policyName,
    people,
    fearReduction30: reduction(30),
    fearReduction60: reduction(60),
    overwhelmsPerPerson: mean(persons.map((p) => p.overwhelms)),
    dropoutShare: mean(persons.map((p) => (p.dropped ? 1 : 0))),
    bandShare: persons.reduce((a, p) => a + p.inBand, 0) / (people * params.days),
    exposuresPerPerson: mean(persons.map((p) => p.exposures)),
    avoidedPerPerson: mean(persons.map((p) => p.avoided)),
    startFear: mean(persons.map((p) => mean(Object.values(p.fear0)))),
  };
}

export { catalogue };
