import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from './auth.js';

export const ScreeningAnswersSchema = z.strictObject({
  adult: z.boolean(),
  selfHarmThoughts: z.boolean(),
  traumaRejection: z.boolean(),
  panicAttacks: z.boolean(),
  severeLowMood: z.boolean(),
  substanceCoping: z.boolean(),
});

/** `answers: null` skips screening, which gives the crisis-safe default (supported mode). */
export const SubmitScreeningRequestSchema = z.strictObject({ answers: ScreeningAnswersSchema.nullable() });

export const CheckInRequestSchema = z.strictObject({
  /** "I'm safe right now": lifts a crisis pause. `false` keeps it and shows help. */
  safe: z.boolean(),
});

export const SAFETY_EVENT_KINDS = ['panic', 'moment'] as const;
export const SUPPORT_TOOLS = ['breathing', 'grounding', 'naming'] as const;

export const SafetyEventRequestSchema = z.strictObject({
  /** A client-generated id (UUID): a repeated report with the same id is stored once. */
  id: IdSchema.optional(),
  /** `panic` ("I'm panicking") feeds the rails; `moment` ("I need a moment") is recorded only. */
  kind: z.enum(SAFETY_EVENT_KINDS),
  experimentId: IdSchema.optional(),
  /** The feeling, named in the person's own words ("scared", "embarrassed"). */
  feeling: z.string().trim().max(200, 'Keep it to 200 characters.').optional(),
  toolsUsed: z.array(z.enum(SUPPORT_TOOLS)).max(SUPPORT_TOOLS.length).optional(),
  /** The gentle debrief afterwards. */
  note: z.string().trim().max(1000, 'Keep it to 1000 characters.').optional(),
});

/** The debrief added afterwards to a panic or "moment" recorded when it began. */
export const UpdateSafetyEventRequestSchema = z
  .strictObject({
    feeling: z.string().trim().max(200, 'Keep it to 200 characters.').nullable().optional(),
    toolsUsed: z.array(z.enum(SUPPORT_TOOLS)).max(SUPPORT_TOOLS.length).optional(),
    note: z.string().trim().max(1000, 'Keep it to 1000 characters.').nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change.', path: [] });
export type UpdateSafetyEventRequest = z.input<typeof UpdateSafetyEventRequestSchema>;

export const SafetyEventSchema = z.object({
  id: IdSchema,
  kind: z.enum(['panic', 'moment', 'crisis-answer', 'safe-check-in', 'heads-up-confirmed']),
  experimentId: IdSchema.nullable(),
  feeling: z.string().nullable(),
  toolsUsed: z.array(z.string()),
  note: z.string().nullable(),
  createdAt: IsoTimeSchema,
});
export type SafetyEvent = z.infer<typeof SafetyEventSchema>;

export const SafetyStateSchema = z.object({
  screened: z.boolean(),
  screening: z
    .object({
      answers: ScreeningAnswersSchema.nullable(),
      createdAt: IsoTimeSchema,
    })
    .nullable(),
  route: z.enum(['under-18', 'crisis', 'supported', 'standard']).nullable(),
  mode: z.enum(['standard', 'supported']),
  supportReasons: z.array(z.string()),
  recommendProfessional: z.boolean(),
  pausedFor: z.enum(['crisis', 'under-18']).nullable(),
  /** While the rails hold after a panic or an overwhelming ask. */
  holdUntil: IsoTimeSchema.nullable(),
});
export type SafetyState = z.infer<typeof SafetyStateSchema>;

export const SafetyEventListSchema = z.object({ events: z.array(SafetyEventSchema) });
