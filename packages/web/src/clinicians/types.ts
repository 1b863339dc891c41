import type {
  AssignmentSchema,
  AuditEntrySchema,
  ClientSummarySchema,
  ClientViewSchema,
  ClinicianLimitsSchema,
  ConnectionSchema,
  CreateAssignmentRequestSchema,
  CreatedInvitationSchema,
  FeedbackSchema,
  InvitationSchema,
  SetLimitsRequestSchema,
  SHARING_SCOPES,
  ATTENTION_FLAGS,
} from '@ask-anyway/core';

/*
 * The sharing contract's answer shapes, read off core's schemas as types only (as in api/contract.ts),
 * so zod stays out of the bundle.
 */
export type SharingScope = (typeof SHARING_SCOPES)[number];
export type AttentionFlag = (typeof ATTENTION_FLAGS)[number];
export type Invitation = (typeof InvitationSchema)['_output'];
export type CreatedInvitation = (typeof CreatedInvitationSchema)['_output'];
export type Connection = (typeof ConnectionSchema)['_output'];
export type ClinicianLimits = (typeof ClinicianLimitsSchema)['_output'];
export type Assignment = (typeof AssignmentSchema)['_output'];
export type Feedback = (typeof FeedbackSchema)['_output'];
export type AuditEntry = (typeof AuditEntrySchema)['_output'];
export type ClientSummary = (typeof ClientSummarySchema)['_output'];
export type ClientView = (typeof ClientViewSchema)['_output'];
export type CreateAssignmentRequest = (typeof CreateAssignmentRequestSchema)['_input'];
export type SetLimitsRequest = (typeof SetLimitsRequestSchema)['_input'];

/** Restated from core (see api/contract.ts for why); the annotation keeps the two in step. */
export const SCOPES: typeof SHARING_SCOPES = ['practice', 'notes', 'measures', 'safety'];

/** Problem type when a person has not shared a section with this clinician. */
export const NOT_SHARED = '/problems/not-shared';
