import { z } from 'zod';
import { CHALLENGE_CATEGORIES } from '../catalogue/challenge.js';
import { FEARED_HAPPENED, OUTCOMES, SAFETY_BEHAVIOUR_IDS } from '../practice/experiment.js';
import { isLocalDate, isValidTimeZone } from '../practice/local-date.js';
import { IdSchema, IsoTimeSchema } from './auth.js';

export const SudsSchema = z.int('Use a whole number from 0 to 100.').min(0, 'Use 0 to 100.').max(100, 'Use 0 to 100.');
export const PercentSchema = SudsSchema;
export const TimeZoneSchema = z.string().max(64).refine(isValidTimeZone, 'Use a time zone like Europe/London.');
export const LocalDateSchema = z.string().max(10).refine(isLocalDate, 'Use a date like 2026-03-20.');
const SlugSchema = z.string().max(60);

// ── Ladder ────────────────────────────────────────────────────────────────────────────────────────
export const CreateRungRequestSchema = z
  .strictObject({
    /** A catalogue challenge this rung is; its title is used unless one is given. */
    challengeSlug: SlugSchema.optional(),
    /** A client-generated id (UUID): a repeated create with the same id returns the stored rung. */
    id: IdSchema.optional(),
    /** The situation in the person's own words; required without a catalogue challenge. */
    title: z.string().trim().min(1, 'Describe the situation in a few words.').max(120, 'Keep it to 120 characters.').optional(),
    suds: SudsSchema,
  })
  .superRefine((value, ctx) => {
    if (!value.challengeSlug && !value.title) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'Describe the situation, or pick one from the catalogue.' });
    }
  });
export type CreateRungRequest = z.input<typeof CreateRungRequestSchema>;

export const UpdateRungRequestSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'Describe the situation in a few words.').max(120).optional(),
    suds: SudsSchema.optional(),
  })
  .refine((v) => v.title !== undefined || v.suds !== undefined, { message: 'Change the title or the rating.', path: ['suds'] });
export type UpdateRungRequest = z.input<typeof UpdateRungRequestSchema>;

export const RungSchema = z.object({
  id: IdSchema,
  title: z.string(),
  challengeSlug: z.string().nullable(),
  suds: z.int(),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  attempts: z.int(),
  mastery: z.enum(['not-started', 'practising', 'mastered']),
  lastAttemptAt: IsoTimeSchema.nullable(),
});
export type Rung = z.infer<typeof RungSchema>;

export const ChallengeRefSchema = z.object({ slug: z.string(), title: z.string(), difficulty: z.int() });

export const LadderSchema = z.object({
  rungs: z.array(RungSchema),
  gaps: z.array(
    z.object({
      lowerId: IdSchema,
      upperId: IdSchema,
      from: z.int(),
      to: z.int(),
      size: z.int(),
      suggestions: z.array(ChallengeRefSchema),
    }),
  ),
});
export type Ladder = z.infer<typeof LadderSchema>;

// ── Experiments ───────────────────────────────────────────────────────────────────────────────────
const text = (max: number) => z.string().trim().max(max, `Keep it to ${max} characters.`);

const experimentFields = {
  rungId: IdSchema.nullable(),
  challengeSlug: SlugSchema.nullable(),
  title: z.string().trim().min(1, 'Say in a few words what you will ask.').max(120, 'Keep it to 120 characters.'),
  fearedConsequence: text(500).nullable(),
  beliefBefore: PercentSchema.nullable(),
  expectedSuds: SudsSchema.nullable(),
  safetyBehavioursToDrop: z.array(z.enum(SAFETY_BEHAVIOUR_IDS)).max(SAFETY_BEHAVIOUR_IDS.length),
  safetyBehavioursOther: text(300).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  actualSuds: SudsSchema.nullable(),
  fearedHappened: z.enum(FEARED_HAPPENED).nullable(),
  beliefAfter: PercentSchema.nullable(),
  safetyBehavioursUsed: z.array(z.enum(SAFETY_BEHAVIOUR_IDS)).max(SAFETY_BEHAVIOUR_IDS.length),
  learned: text(1000).nullable(),
  occurredAt: IsoTimeSchema,
  timeZone: TimeZoneSchema,
};

/**
 * A new experiment: at least a title, a catalogue challenge or a ladder rung. Send only the "before" to
 * plan it, or everything at once; a quick log is `{ challengeSlug | title, outcome, quick: true }`.
 */
export const CreateExperimentRequestSchema = z
  .strictObject({
    ...Object.fromEntries(Object.entries(experimentFields).map(([k, v]) => [k, v.optional()])),
    quick: z.boolean().optional(),
    /** Confirms the heads-up for a plan above what the rails would suggest. */
    headsUpConfirmed: z.boolean().optional(),
    /**
     * A client-generated id (UUID). Sending the same create again with the same id — a retry, an
     * offline outbox replaying — returns the stored experiment instead of making a second one.
     */
    id: IdSchema.optional(),
  } as { [K in keyof typeof experimentFields]: z.ZodOptional<(typeof experimentFields)[K]> } & {
    quick: z.ZodOptional<z.ZodBoolean>;
    headsUpConfirmed: z.ZodOptional<z.ZodBoolean>;
    id: z.ZodOptional<typeof IdSchema>;
  })
  .superRefine((v, ctx) => {
    if (!v.title && !v.challengeSlug && !v.rungId) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'Say what you will ask, or pick a challenge.' });
    }
  });
export type CreateExperimentRequest = z.input<typeof CreateExperimentRequestSchema>;

/** Any field may change; `null` clears an optional one. */
export const UpdateExperimentRequestSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(experimentFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof experimentFields]: z.ZodOptional<(typeof experimentFields)[K]>;
    },
  )
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change.', path: [] });
export type UpdateExperimentRequest = z.input<typeof UpdateExperimentRequestSchema>;

export const ExperimentSchema = z.object({
  id: IdSchema,
  rungId: IdSchema.nullable(),
  challengeSlug: z.string().nullable(),
  title: z.string(),
  fearedConsequence: z.string().nullable(),
  beliefBefore: z.int().nullable(),
  expectedSuds: z.int().nullable(),
  safetyBehavioursToDrop: z.array(z.string()),
  safetyBehavioursOther: z.string().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  actualSuds: z.int().nullable(),
  fearedHappened: z.enum(FEARED_HAPPENED).nullable(),
  beliefAfter: z.int().nullable(),
  safetyBehavioursUsed: z.array(z.string()),
  learned: z.string().nullable(),
  quick: z.boolean(),
  /** Chosen above the rails after a confirmed heads-up. */
  aboveRails: z.boolean(),
  occurredAt: IsoTimeSchema,
  timeZone: z.string(),
  localDate: z.string(),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
});
export type Experiment = z.infer<typeof ExperimentSchema>;

export const ListExperimentsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});

export const ExperimentListSchema = z.object({
  experiments: z.array(ExperimentSchema),
  nextCursor: z.string().nullable(),
});

// ── Rest days, the 30-day challenge, Today, progress ─────────────────────────────────────────────
export const RestDayRequestSchema = z.strictObject({ date: LocalDateSchema });
export const RestDayParamsSchema = z.strictObject({ date: LocalDateSchema });

export const StartChallengeRequestSchema = z.strictObject({ timeZone: TimeZoneSchema.optional() });

export const ChallengeRunSchema = z.object({
  id: IdSchema,
  startedOn: z.string(),
  day: z.int(),
  complete: z.boolean(),
  endedAt: IsoTimeSchema.nullable(),
});
export type ChallengeRun = z.infer<typeof ChallengeRunSchema>;

export const SuggestionSchema = z.object({
  key: z.string(),
  kind: z.enum(['rung', 'catalogue']),
  rungId: IdSchema.nullable(),
  challengeSlug: z.string().nullable(),
  title: z.string(),
  ask: z.string().nullable(),
  expectedSuds: z.int(),
  category: z.enum(CHALLENGE_CATEGORIES).nullable(),
  reason: z.string(),
});
export type SuggestionView = z.infer<typeof SuggestionSchema>;

export const TodayQuerySchema = z.strictObject({
  /** Comma-separated suggestion keys already shown ("another suggestion"). */
  skip: z
    .string()
    .max(4000)
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean).slice(0, 100) : [])),
  seed: z.coerce.number().int().min(0).max(2 ** 31).optional(),
});

export const StreakSchema = z.object({
  current: z.int(),
  longest: z.int(),
  todayDone: z.boolean(),
  todayIsRest: z.boolean(),
});

export const StatsSchema = z.object({
  asks: z.int(),
  rejections: z.int(),
  acceptances: z.int(),
  partly: z.int(),
  notDone: z.int(),
  unexpectedYeses: z.int(),
  unexpectedYesShare: z.number().nullable(),
});
export type Stats = z.infer<typeof StatsSchema>;

export const PacingViewSchema = z.object({
  status: z.enum(['open', 'paused-crisis', 'paused-under-18', 'paused-clinician', 'daily-cap']),
  mode: z.enum(['standard', 'supported']),
  /** No suggestion above this expected peak SUDS right now. */
  ceiling: z.int(),
  /** While the rails hold after a panic or an overwhelming ask. */
  holdUntil: IsoTimeSchema.nullable(),
  /** New suggestions still available today. */
  suggestionsLeft: z.int(),
});

export const TodaySchema = z.object({
  today: z.string(),
  timeZone: z.string(),
  challenge: ChallengeRunSchema.nullable(),
  suggestion: SuggestionSchema.nullable(),
  restToday: z.boolean(),
  streak: StreakSchema,
  stats: StatsSchema,
  /** Screening comes before the first challenge. */
  needsScreening: z.boolean(),
  pacing: PacingViewSchema,
});
export type Today = z.infer<typeof TodaySchema>;

export const AnticipationSchema = z.object({
  points: z.array(
    z.object({
      id: IdSchema,
      date: z.string(),
      expected: z.int(),
      actual: z.int(),
      beliefBefore: z.int().nullable(),
      beliefAfter: z.int().nullable(),
    }),
  ),
  averageGap: z.number().nullable(),
  averageBeliefDrop: z.number().nullable(),
  sentence: z.string(),
});

export const ProgressSchema = z.object({
  stats: StatsSchema,
  streak: StreakSchema,
  anticipation: AnticipationSchema,
  restDays: z.array(z.string()),
  /** Actual peak distress on each ladder rung across its repetitions, oldest first. */
  rungs: z.array(
    z.object({
      rungId: IdSchema,
      label: z.string(),
      suds: z.int(),
      attempts: z.array(z.object({ experimentId: IdSchema, date: z.string(), expected: z.int().nullable(), peak: z.int() })),
    }),
  ),
  /** Asks per week (weeks start on Monday, in the person's time zone), oldest first, weeks with none included. */
  weeks: z.array(z.object({ weekStart: z.string(), asks: z.int() })),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const CatalogueResponseSchema = z.object({
  version: z.string(),
  categories: z.array(z.object({ id: z.enum(CHALLENGE_CATEGORIES), label: z.string() })),
  challenges: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      ask: z.string(),
      category: z.enum(CHALLENGE_CATEGORIES),
      setting: z.string(),
      minutes: z.int(),
      difficulty: z.int(),
      easier: z.string(),
      harder: z.string(),
      consideration: z.string().optional(),
    }),
  ),
});
