import { z } from 'zod';
import { FEARED_HAPPENED, OUTCOMES, type ExperimentFacts } from '../practice/experiment.js';
import { isValidTimeZone } from '../practice/local-date.js';
import { coachSuggest, type CoachInput, type CoachResult } from './coach.js';

/**
 * The coach's JSON interface (`npm run coach -- --stdin`, documented in docs/COACH.md): one object
 * `{ history, settings, now, seed }` in, one `CoachResult` out. Unknown fields are ignored, so a caller
 * can send its full experiment records; missing optional fields take the defaults below.
 */
const Suds = z.number().min(0).max(100);
const Instant = z.iso.datetime({ offset: true });
const TimeZone = z.string().max(64).refine(isValidTimeZone, 'Use an IANA time zone like Europe/London.');

export const CoachExperimentSchema = z.object({
  /** Defaults to the entry's position in `history`. */
  id: z.string().optional(),
  rungId: z.string().nullable().default(null),
  challengeSlug: z.string().nullable().default(null),
  occurredAt: Instant,
  /** Defaults to `settings.timeZone`, else UTC. */
  timeZone: TimeZone.optional(),
  expectedSuds: Suds.nullable().default(null),
  beliefBefore: Suds.nullable().default(null),
  /** Null (or absent) while only planned. */
  outcome: z.enum(OUTCOMES).nullable().default(null),
  actualSuds: Suds.nullable().default(null),
  fearedHappened: z.enum(FEARED_HAPPENED).nullable().default(null),
  beliefAfter: Suds.nullable().default(null),
});

export const CoachSettingsSchema = z.object({
  mode: z.enum(['standard', 'supported']).default('standard'),
  timeZone: TimeZone.optional(),
  rungs: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        challengeSlug: z.string().nullable().default(null),
        suds: Suds,
        createdAt: Instant.default('1970-01-01T00:00:00Z'),
        mastery: z.enum(['not-started', 'practising', 'mastered']).optional(),
      }),
    )
    .default([]),
  panics: z.array(z.object({ at: Instant, level: Suds.nullable().default(null) })).default([]),
  suggestionsToday: z.int().min(0).default(0),
  pausedFor: z.enum(['crisis', 'under-18']).nullable().default(null),
  clinician: z
    .object({
      maxStep: z.number().min(0).max(100).nullable().optional(),
      maxExpectedSuds: Suds.nullable().optional(),
      pauseSuggestions: z.boolean().optional(),
    })
    .nullable()
    .default(null),
  skip: z.array(z.string()).default([]),
});

export const CoachRequestSchema = z.object({
  history: z.array(CoachExperimentSchema).default([]),
  settings: CoachSettingsSchema.default(CoachSettingsSchema.parse({})),
  now: Instant,
  seed: z.int().default(0),
});
export type CoachRequest = z.input<typeof CoachRequestSchema>;

/** Parses and completes a JSON request; throws a `ZodError` naming each problem. */
export function parseCoachRequest(json: unknown): CoachInput {
  const request = CoachRequestSchema.parse(json);
  const zone = request.settings.timeZone ?? 'UTC';
  const history: ExperimentFacts[] = request.history.map((e, i) => ({
    ...e,
    id: e.id ?? `h${String(i).padStart(6, '0')}`,
    timeZone: e.timeZone ?? zone,
  }));
  return { history, settings: request.settings, now: request.now, seed: request.seed };
}

/** The JSON interface in one call: a request object in, the coach's result out. */
export function coachFromJson(json: unknown): CoachResult {
  return coachSuggest(parseCoachRequest(json));
}
