import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from './auth.js';
import { MeasureEntrySchema, MeasureSummarySchema } from './measures.js';
import { ExperimentSchema, RungSchema, SudsSchema } from './practice.js';
import { SafetyEventSchema } from './safety.js';

/**
 * What a person shares with a clinician, each chosen separately:
 * - practice: the ladder and experiments (numbers, outcomes, dates; no free text);
 * - notes: the experiments' free text (feared consequence, what was learned) — only with practice;
 * - measures: questionnaire scores and answers;
 * - safety: panic, "moment" and crisis events.
 */
export const SHARING_SCOPES = ['practice', 'notes', 'measures', 'safety'] as const;
export type SharingScope = (typeof SHARING_SCOPES)[number];
export const SharingScopeSchema = z.enum(SHARING_SCOPES);

const ScopesSchema = z
  .array(SharingScopeSchema)
  .max(SHARING_SCOPES.length)
  .refine((s) => new Set(s).size === s.length, 'Each scope at most once.')
  .refine((s) => !s.includes('notes') || s.includes('practice'), 'Sharing notes needs sharing the practice too.');

// ── The person's side ───────────────────────────────────────────────────────────────────────────
export const CreateInvitationRequestSchema = z.strictObject({ scopes: ScopesSchema });

export const InvitationSchema = z.object({
  id: IdSchema,
  scopes: z.array(SharingScopeSchema),
  expiresAt: IsoTimeSchema,
  createdAt: IsoTimeSchema,
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
});

/** Returned once, when made: the code is never shown again (only its hash is stored). */
export const CreatedInvitationSchema = InvitationSchema.extend({ code: z.string(), link: z.string() });
export const InvitationListSchema = z.object({ invitations: z.array(InvitationSchema) });

export const ClinicianLimitsSchema = z.object({
  maxStep: z.int().nullable(),
  maxExpectedSuds: z.int().nullable(),
  pauseSuggestions: z.boolean(),
});
export type ClinicianLimitsView = z.infer<typeof ClinicianLimitsSchema>;

export const ConnectionSchema = z.object({
  id: IdSchema,
  clinician: z.object({ displayName: z.string().nullable(), email: z.string(), profession: z.string(), licenceNumber: z.string().nullable() }),
  scopes: z.array(SharingScopeSchema),
  limits: ClinicianLimitsSchema,
  createdAt: IsoTimeSchema,
});
export const ConnectionListSchema = z.object({ connections: z.array(ConnectionSchema) });
export const UpdateConnectionRequestSchema = z.strictObject({ scopes: ScopesSchema });

export const AssignmentSchema = z.object({
  id: IdSchema,
  kind: z.enum(['challenge', 'rung']),
  challengeSlug: z.string().nullable(),
  title: z.string(),
  suds: z.int(),
  note: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'declined']),
  from: z.string(),
  createdAt: IsoTimeSchema,
  respondedAt: IsoTimeSchema.nullable(),
  /** What accepting made: the ladder rung (both kinds) and, for a challenge, the planned experiment. */
  rungId: IdSchema.nullable(),
  experimentId: IdSchema.nullable(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;
export const AssignmentListSchema = z.object({ assignments: z.array(AssignmentSchema) });
export const RespondAssignmentRequestSchema = z.strictObject({ accept: z.boolean() });

export const FeedbackSchema = z.object({
  id: IdSchema,
  experimentId: IdSchema,
  from: z.string(),
  text: z.string(),
  createdAt: IsoTimeSchema,
});
export const FeedbackListSchema = z.object({ feedback: z.array(FeedbackSchema) });

export const AuditEntrySchema = z.object({
  id: IdSchema,
  clinician: z.string(),
  action: z.enum(['read', 'write']),
  what: z.string(),
  createdAt: IsoTimeSchema,
});
export const AuditListSchema = z.object({ entries: z.array(AuditEntrySchema) });

// ── The clinician's side ────────────────────────────────────────────────────────────────────────
export const AcceptInvitationRequestSchema = z.strictObject({
  code: z.string().trim().min(6, 'Enter the code the person gave you.').max(64, 'That code is too long.'),
});

export const ATTENTION_FLAGS = ['crisis-answer', 'panic', 'overwhelm', 'reliably-worse', 'inactive'] as const;

export const ClientSummarySchema = z.object({
  connectionId: IdSchema,
  displayName: z.string().nullable(),
  scopes: z.array(SharingScopeSchema),
  lastActivityAt: IsoTimeSchema.nullable(),
  /** What needs attention, most urgent first; only from what the person shares. */
  flags: z.array(z.enum(ATTENTION_FLAGS)),
  since: IsoTimeSchema,
});
export const ClientListSchema = z.object({ people: z.array(ClientSummarySchema) });

export const ClientViewSchema = z.object({
  connectionId: IdSchema,
  displayName: z.string().nullable(),
  scopes: z.array(SharingScopeSchema),
  limits: ClinicianLimitsSchema,
  flags: z.array(z.enum(ATTENTION_FLAGS)),
  lastActivityAt: IsoTimeSchema.nullable(),
  /** Present only with the matching scope. Experiments carry free text only with `notes`. */
  ladder: z.array(RungSchema).optional(),
  experiments: z.array(ExperimentSchema).optional(),
  measures: z.object({ summaries: z.array(MeasureSummarySchema), entries: z.array(MeasureEntrySchema) }).optional(),
  safetyEvents: z.array(SafetyEventSchema).optional(),
  assignments: z.array(AssignmentSchema),
  feedback: z.array(FeedbackSchema),
});
export type ClientView = z.infer<typeof ClientViewSchema>;

export const ConnectionParamsSchema = z.strictObject({ connectionId: IdSchema });

export const CreateAssignmentRequestSchema = z
  .strictObject({
    kind: z.enum(['challenge', 'rung']),
    /** A catalogue challenge; or a title of the clinician's own. */
    challengeSlug: z.string().max(60).optional(),
    title: z.string().trim().min(1).max(120, 'Keep it to 120 characters.').optional(),
    suds: SudsSchema,
    note: z.string().trim().max(500, 'Keep it to 500 characters.').optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.title && !v.challengeSlug) ctx.addIssue({ code: 'custom', path: ['title'], message: 'Name the challenge, or pick one from the catalogue.' });
  });

export const SetLimitsRequestSchema = z.strictObject({
  maxStep: z.int().min(0).max(30).nullable(),
  maxExpectedSuds: SudsSchema.nullable(),
  pauseSuggestions: z.boolean(),
});

export const CreateFeedbackRequestSchema = z.strictObject({
  experimentId: IdSchema,
  text: z.string().trim().min(1, 'Write a few words.').max(1000, 'Keep it to 1000 characters.'),
});
