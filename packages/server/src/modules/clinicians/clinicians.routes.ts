import {
  AcceptInvitationRequestSchema,
  AssignmentListSchema,
  AssignmentSchema,
  AuditListSchema,
  ClientListSchema,
  ClientViewSchema,
  ClinicianLimitsSchema,
  ConnectionListSchema,
  ConnectionParamsSchema,
  ConnectionSchema,
  CreateAssignmentRequestSchema,
  CreatedInvitationSchema,
  CreateFeedbackRequestSchema,
  CreateInvitationRequestSchema,
  FeedbackListSchema,
  FeedbackSchema,
  IdParamsSchema,
  InvitationListSchema,
  RespondAssignmentRequestSchema,
  SetLimitsRequestSchema,
  UpdateConnectionRequestSchema,
} from '@ask-anyway/core';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../http/route.js';
import { personActor } from '../../policies/policy.js';
import type { ClinicianService } from './clinician.service.js';
import type { SharingService } from './sharing.service.js';

const notFound = { 404: { description: 'Not found (or not yours)' } };
const refused = { 403: { description: 'Not a clinician account, or not shared with you' }, 404: { description: 'No live connection' } };

/** The person's side: inviting, choosing what to share, answering suggestions, reading the audit trail. */
export function sharingRoutes(sharing: SharingService): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/invitations',
      summary: 'Invite a clinician: a single-use code and link, valid 7 days, with the scopes I choose',
      tags: ['sharing'],
      access: 'user',
      body: CreateInvitationRequestSchema,
      responses: { 201: { description: 'The invitation; its code is shown only now', schema: CreatedInvitationSchema } },
      handler: async (c, { auth, body }) => c.json(await sharing.createInvitation(personActor(auth.userId), body.scopes), 201),
    }),
    defineRoute({
      method: 'get',
      path: '/api/invitations',
      summary: 'My invitations and whether each is pending, accepted, expired or withdrawn',
      tags: ['sharing'],
      access: 'user',
      responses: { 200: { description: 'My invitations', schema: InvitationListSchema } },
      handler: async (c, { auth }) => c.json({ invitations: await sharing.listInvitations(personActor(auth.userId)) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/invitations/{id}',
      summary: 'Withdraw an invitation before it is used',
      tags: ['sharing'],
      access: 'user',
      params: IdParamsSchema,
      responses: { 204: { description: 'Withdrawn' }, ...notFound },
      handler: async (c, { auth, params }) => {
        await sharing.revokeInvitation(personActor(auth.userId), params.id);
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/connections',
      summary: 'The clinicians I share with, what each sees, and their pacing limits',
      tags: ['sharing'],
      access: 'user',
      responses: { 200: { description: 'My connections', schema: ConnectionListSchema } },
      handler: async (c, { auth }) => c.json({ connections: await sharing.listConnections(personActor(auth.userId)) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/connections/{id}',
      summary: 'Change what a clinician sees, effective on their next request',
      tags: ['sharing'],
      access: 'user',
      params: IdParamsSchema,
      body: UpdateConnectionRequestSchema,
      responses: { 200: { description: 'The connection', schema: ConnectionSchema }, ...notFound },
      handler: async (c, { auth, params, body }) => c.json(await sharing.updateScopes(personActor(auth.userId), params.id, body.scopes)),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/connections/{id}',
      summary: 'Stop sharing with a clinician, at once',
      tags: ['sharing'],
      access: 'user',
      params: IdParamsSchema,
      responses: { 204: { description: 'Ended' }, ...notFound },
      handler: async (c, { auth, params }) => {
        await sharing.revokeConnection(personActor(auth.userId), params.id);
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/assignments',
      summary: 'Challenges and ladder steps my clinicians suggested, newest first',
      tags: ['sharing'],
      access: 'user',
      responses: { 200: { description: 'Suggestions', schema: AssignmentListSchema } },
      handler: async (c, { auth }) => c.json({ assignments: await sharing.listAssignments(personActor(auth.userId)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/assignments/{id}/response',
      summary: 'Accept (it goes on my ladder) or decline a suggestion',
      tags: ['sharing'],
      access: 'user',
      params: IdParamsSchema,
      body: RespondAssignmentRequestSchema,
      responses: { 200: { description: 'The suggestion, answered', schema: AssignmentSchema }, ...notFound },
      handler: async (c, { auth, params, body }) => c.json(await sharing.respondAssignment(personActor(auth.userId), params.id, body.accept)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/feedback',
      summary: "My clinicians' feedback on my experiments",
      tags: ['sharing'],
      access: 'user',
      responses: { 200: { description: 'Feedback', schema: FeedbackListSchema } },
      handler: async (c, { auth }) => c.json({ feedback: await sharing.listFeedback(personActor(auth.userId)) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit',
      summary: 'Every read and write of my data by a clinician (who, what, when); it cannot be changed',
      tags: ['sharing'],
      access: 'user',
      responses: { 200: { description: 'The audit trail', schema: AuditListSchema } },
      handler: async (c, { auth }) => c.json({ entries: await sharing.listAudit(personActor(auth.userId)) }),
    }),
  ];
}

/** The clinician's side: every route needs a clinician account and, per person, a live connection. */
export function clinicianRoutes(clinicians: ClinicianService): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/clinician/connections',
      summary: "Accept a person's invitation with its code",
      tags: ['clinician'],
      access: 'clinician',
      body: AcceptInvitationRequestSchema,
      responses: { 201: { description: 'Connected', schema: z.object({ connectionId: z.string() }) }, 403: refused[403] },
      handler: async (c, { auth, body }) => c.json(await clinicians.acceptInvitation(personActor(auth.userId), body.code), 201),
    }),
    defineRoute({
      method: 'get',
      path: '/api/clinician/people',
      summary: 'My people, what needs attention first (only from what each shares)',
      tags: ['clinician'],
      access: 'clinician',
      responses: { 200: { description: 'The dashboard', schema: ClientListSchema }, 403: refused[403] },
      handler: async (c, { auth }) => c.json(await clinicians.people(personActor(auth.userId))),
    }),
    defineRoute({
      method: 'get',
      path: '/api/clinician/people/{connectionId}',
      summary: 'One person, showing only what they share',
      tags: ['clinician'],
      access: 'clinician',
      params: ConnectionParamsSchema,
      responses: { 200: { description: 'The person', schema: ClientViewSchema }, ...refused },
      handler: async (c, { auth, params }) => c.json(await clinicians.view(personActor(auth.userId), params.connectionId)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/clinician/people/{connectionId}/assignments',
      summary: 'Suggest a challenge or a ladder step; the person accepts or declines',
      tags: ['clinician'],
      access: 'clinician',
      params: ConnectionParamsSchema,
      body: CreateAssignmentRequestSchema,
      responses: { 201: { description: 'Suggested', schema: AssignmentSchema }, ...refused },
      handler: async (c, { auth, params, body }) => c.json(await clinicians.assign(personActor(auth.userId), params.connectionId, body), 201),
    }),
    defineRoute({
      method: 'put',
      path: '/api/clinician/people/{connectionId}/limits',
      summary: 'Pacing limits the rails enforce: maximum step, maximum expected distress, pause suggestions',
      tags: ['clinician'],
      access: 'clinician',
      params: ConnectionParamsSchema,
      body: SetLimitsRequestSchema,
      responses: { 200: { description: 'The limits', schema: ClinicianLimitsSchema }, ...refused },
      handler: async (c, { auth, params, body }) => c.json(await clinicians.setLimits(personActor(auth.userId), params.connectionId, body)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/clinician/people/{connectionId}/feedback',
      summary: 'Leave feedback on one of the person’s experiments',
      tags: ['clinician'],
      access: 'clinician',
      params: ConnectionParamsSchema,
      body: CreateFeedbackRequestSchema,
      responses: { 201: { description: 'Left', schema: FeedbackSchema }, ...refused },
      handler: async (c, { auth, params, body }) => c.json(await clinicians.feedback(personActor(auth.userId), params.connectionId, body), 201),
    }),
  ];
}
