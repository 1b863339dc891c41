// The four policies the benchmark compares on the same synthetic people. Each is a faithful, plain
// implementation of what its name says; none sees the simulator's hidden state (fear, willingness):
// they see only what the app would see (the catalogue and, for those that use it, the person's log).
import { catalogue, coachSuggest } from '../../packages/core/dist/index.js';
import { hash, instantOf, stream } from './sim.mjs';

const sorted = [...catalogue].sort((a, b) => a.difficulty - b.difficulty || (a.slug < b.slug ? -1 : 1));

/** Catalogue challenges nearest a difficulty: all within ±3 points, else the three nearest. */
function nearest(target) {
  const close = sorted.filter((c) => Math.abs(c.difficulty - target) <= 3);
  if (close.length > 0) return close;
  return [...sorted].sort((a, b) => Math.abs(a.difficulty - target) - Math.abs(b.difficulty - target)).slice(0, 3);
}

/**
 * The trend: a fixed 30-day escalation from easy to very hard, one step a day whatever happened
 * yesterday (skipped, overwhelmed or fine). A challenge of about the day's difficulty, any kind.
 * After day 30 a second 30-day round starts from the bottom again (the kind reading of "do it again").
 */
export function fixedEscalation(params, person) {
  const { from, to, days } = params.policies.fixed;
  return {
    choose(_person, day) {
      const n = day % days;
      const target = from + ((to - from) * n) / (days - 1);
      return stream(params.seed, 'fixed', person.index, day).pick(nearest(target));
    },
  };
}
fixedEscalation.policyName = 'fixed 30-day escalation';

/** Any challenge from the catalogue, uniformly at random, every day. */
export function randomCatalogue(params, person) {
  return {
    choose(_person, day) {
      return stream(params.seed, 'random', person.index, day).pick(sorted);
    },
  };
}
randomCatalogue.policyName = 'random catalogue';

/**
 * A one-step-up ladder: rungs every `step` points from `from` to `to`, each a catalogue challenge of
 * about that difficulty (drawn once per person). Start on the bottom rung; after each success (the ask
 * done without being overwhelmed) climb one rung; otherwise stay. The top rung repeats.
 */
export function oneStepLadder(params, person) {
  const { from, to, step } = params.policies.ladder;
  const r = stream(params.seed, 'ladder', person.index);
  const rungs = [];
  for (let d = from; d <= to; d += step) rungs.push(r.pick(nearest(d)));
  let at = 0;
  return {
    choose() {
      return rungs[at];
    },
    observe(_person, result) {
      if (result.done && !result.overwhelmed) at = Math.min(rungs.length - 1, at + 1);
    },
  };
}
oneStepLadder.policyName = 'one-step-up ladder';

/** The coach, exactly as the app would call it: the log so far, the person's mode and panics, now. */
export function coach(params, person) {
  const bySlug = new Map(catalogue.map((c) => [c.slug, c]));
  return {
    choose(p, day) {
      const result = coachSuggest({
        history: p.history,
        settings: { mode: p.mode, timeZone: 'UTC', panics: p.panics },
        now: instantOf(day, 9),
        seed: hash(params.seed, 'coach', person.index, day),
      });
      const slug = result.suggestion?.challengeSlug;
      return slug ? (bySlug.get(slug) ?? null) : null;
    },
  };
}
coach.policyName = 'coach';

export const POLICIES = [fixedEscalation, randomCatalogue, oneStepLadder, coach];
