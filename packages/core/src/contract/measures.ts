import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from './auth.js';
import { ExperimentSchema, LocalDateSchema, ProgressSchema, StatsSchema } from './practice.js';
import { SafetyEventSchema } from './safety.js';

export const MeasureIdSchema = z.enum(['gad7', 'phq9', 'arsq']);

const frequencyAnswer = z.int('Choose one of the answers (0–3).').min(0, 'Answers go from 0 to 3.').max(3, 'Answers go from 0 to 3.');
const rejectionAnswer = z.int('Choose a number from 1 to 6.').min(1, 'Answers go from 1 to 6.').max(6, 'Answers go from 1 to 6.');

const common = {
  /** A client-generated id (UUID): the same submission sent twice is stored once. */
  id: IdSchema.optional(),
  /** The id of an earlier entry this one corrects. The earlier one is kept, marked as corrected. */
  corrects: IdSchema.optional(),
};

/**
 * A completed (or partly completed) questionnaire. `null` marks an unanswered item: the entry is kept but
 * not scored. Answers are in the published item order (see the instruments in core).
 */
export const SubmitMeasureRequestSchema = z.discriminatedUnion('measure', [
  z.strictObject({
    ...common,
    measure: z.literal('gad7'),
    answers: z.array(frequencyAnswer.nullable()).length(7, 'The GAD-7 has 7 items: send 7 answers (null for any left out).'),
    difficulty: frequencyAnswer.nullable().optional(),
  }),
  z.strictObject({
    ...common,
    measure: z.literal('phq9'),
    answers: z.array(frequencyAnswer.nullable()).length(9, 'The PHQ-9 has 9 items: send 9 answers (null for any left out).'),
    difficulty: frequencyAnswer.nullable().optional(),
  }),
  z.strictObject({
    ...common,
    measure: z.literal('arsq'),
    answers: z
      .array(z.strictObject({ concern: rejectionAnswer.nullable(), expectancy: rejectionAnswer.nullable() }))
      .length(9, 'The A-RSQ has 9 situations: send 9 answers.'),
  }),
]);
export type SubmitMeasureRequest = z.input<typeof SubmitMeasureRequestSchema>;

const BandLabelSchema = z.enum(['minimal', 'mild', 'moderate', 'moderately severe', 'severe']);

export const MeasureEntrySchema = z.object({
  id: IdSchema,
  measure: MeasureIdSchema,
  answers: z.union([
    z.array(z.int().nullable()),
    z.array(z.object({ concern: z.int().nullable(), expectancy: z.int().nullable() })),
  ]),
  difficulty: z.int().nullable(),
  complete: z.boolean(),
  score: z.number().nullable(),
  band: BandLabelSchema.nullable(),
  /** PHQ-9 item 9 answered above 0: the crisis path opened when this was submitted. */
  crisisFlag: z.boolean(),
  correctsId: IdSchema.nullable(),
  correctedById: IdSchema.nullable(),
  takenAt: IsoTimeSchema,
  createdAt: IsoTimeSchema,
});
export type MeasureEntry = z.infer<typeof MeasureEntrySchema>;

export const MeasureEntryListSchema = z.object({ entries: z.array(MeasureEntrySchema) });

export const ListMeasureEntriesQuerySchema = z.strictObject({ measure: MeasureIdSchema.optional() });

const PointSchema = z.object({ entryId: IdSchema, score: z.number(), band: BandLabelSchema.nullable(), takenAt: IsoTimeSchema });

export const MeasureSummarySchema = z.object({
  measure: MeasureIdSchema,
  series: z.array(PointSchema),
  baseline: PointSchema.nullable(),
  latest: PointSchema.nullable(),
  change: z.enum(['reliably better', 'no reliable change yet', 'reliably worse']).nullable(),
  reliablePoints: z.number(),
  suggestProfessional: z.boolean(),
});
export type MeasureSummaryView = z.infer<typeof MeasureSummarySchema>;

export const MeasureDueSchema = z.object({
  measure: MeasureIdSchema,
  due: z.boolean(),
  reason: z.enum(['baseline', 'follow-up', 'challenge-end']).nullable(),
  lastAt: IsoTimeSchema.nullable(),
  nextAt: IsoTimeSchema.nullable(),
});

export const MeasuresOverviewSchema = z.object({
  due: z.array(MeasureDueSchema),
  summaries: z.array(MeasureSummarySchema),
});
export type MeasuresOverview = z.infer<typeof MeasuresOverviewSchema>;

// ── Progress charts and the report ───────────────────────────────────────────────────────────────
export const RungProgressSchema = ProgressSchema.shape.rungs.element;
export const WeekCountSchema = ProgressSchema.shape.weeks.element;

export const ReportQuerySchema = z.strictObject({
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
});

export const ReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  generatedAt: IsoTimeSchema,
  displayName: z.string().nullable(),
  stats: StatsSchema,
  measures: z.array(MeasureSummarySchema),
  rungs: z.array(RungProgressSchema),
  weeks: z.array(WeekCountSchema),
  experiments: z.array(ExperimentSchema),
  safetyEvents: z.array(SafetyEventSchema),
});
export type Report = z.infer<typeof ReportSchema>;
