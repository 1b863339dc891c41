import {
  CheckInRequestSchema,
  SafetyEventListSchema,
  SafetyEventRequestSchema,
  SafetyEventSchema,
  SafetyStateSchema,
  SubmitScreeningRequestSchema,
  IdParamsSchema,
  UpdateSafetyEventRequestSchema,
} from '@ask-anyway/core';
import { defineRoute, type AnyRoute } from '../../http/route.js';
import { personActor } from '../../policies/policy.js';
import type { PracticeService } from '../practice/practice.service.js';
import type { SafetyService } from './safety.service.js';


export function safetyRoutes(safety: SafetyService, practice: PracticeService): AnyRoute[] {
  const state = async (userId: string) =>
    safety.state(personActor(userId), (await practice.pacing(userId)).decision.holdUntil);
  return [
    defineRoute({
      method: 'get',
      path: '/api/safety',
      summary: 'My screening, pace (standard or supported), any pause, and any hold after a hard moment',
      tags: ['safety'],
      access: 'user',
      responses: { 200: { description: 'My safety state', schema: SafetyStateSchema } },
      handler: async (c, { auth }) => c.json(await state(auth.userId)),
    }),
    defineRoute({
      method: 'put',
      path: '/api/safety/screening',
      summary: 'Answer (or skip, with answers: null) the screening; a new dated entry each time',
      tags: ['safety'],
      access: 'user',
      body: SubmitScreeningRequestSchema,
      responses: { 200: { description: 'Where the answers route me', schema: SafetyStateSchema } },
      handler: async (c, { auth, body }) => {
        await safety.submitScreening(personActor(auth.userId), body.answers);
        return c.json(await state(auth.userId));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/safety/check-in',
      summary: 'A check-in after a crisis answer: safe lifts the pause on suggestions',
      tags: ['safety'],
      access: 'user',
      body: CheckInRequestSchema,
      responses: { 200: { description: 'My safety state', schema: SafetyStateSchema } },
      handler: async (c, { auth, body }) => {
        await safety.checkIn(personActor(auth.userId), body.safe);
        return c.json(await state(auth.userId));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/safety/events',
      summary: '"I\'m panicking" or "I need a moment", with the debrief; a panic steps the next suggestion down',
      tags: ['safety'],
      access: 'user',
      body: SafetyEventRequestSchema,
      responses: {
        201: { description: 'Recorded', schema: SafetyEventSchema },
        200: { description: 'Already recorded with this client id (a retry)', schema: SafetyEventSchema },
      },
      handler: async (c, { auth, body }) => {
        const { row, created } = await safety.recordEvent(personActor(auth.userId), body);
        return c.json(row, created ? 201 : 200);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/safety/events/{id}',
      summary: 'Add the debrief to a panic or "moment" recorded when it began',
      tags: ['safety'],
      access: 'user',
      params: IdParamsSchema,
      body: UpdateSafetyEventRequestSchema,
      responses: { 200: { description: 'The moment, with its debrief', schema: SafetyEventSchema }, 404: { description: 'Not found (or not yours)' } },
      handler: async (c, { auth, params, body }) => c.json(await safety.updateEvent(personActor(auth.userId), params.id, body)),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/safety/events/{id}',
      summary: '"I opened this by mistake": take back a panic or moment within 10 minutes, before its debrief',
      tags: ['safety'],
      access: 'user',
      params: IdParamsSchema,
      responses: { 204: { description: 'Taken back' }, 404: { description: 'Not found (or not yours)' }, 409: { description: 'Too late, or already looked back on' } },
      handler: async (c, { auth, params }) => {
        await safety.undoEvent(personActor(auth.userId), params.id);
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/safety/events',
      summary: 'My safety events, newest first',
      tags: ['safety'],
      access: 'user',
      responses: { 200: { description: 'My events', schema: SafetyEventListSchema } },
      handler: async (c, { auth }) => c.json({ events: await safety.listEvents(personActor(auth.userId)) }),
    }),
  ];
}
