import {
  CATALOGUE_VERSION,
  CATEGORY_LABELS,
  CHALLENGE_CATEGORIES,
  CatalogueResponseSchema,
  ChallengeRunSchema,
  CreateExperimentRequestSchema,
  CreateRungRequestSchema,
  ExperimentListSchema,
  ExperimentSchema,
  IdParamsSchema,
  LadderSchema,
  ListExperimentsQuerySchema,
  ProgressSchema,
  RestDayParamsSchema,
  RestDayRequestSchema,
  RungSchema,
  StartChallengeRequestSchema,
  TodayQuerySchema,
  TodaySchema,
  UpdateExperimentRequestSchema,
  UpdateRungRequestSchema,
  catalogue,
} from '@ask-anyway/core';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../http/route.js';
import { personActor } from '../../policies/policy.js';
import type { PracticeService } from './practice.service.js';

const notFound = { 404: { description: 'No such item of yours' } };

export function practiceRoutes(practice: PracticeService): AnyRoute[] {
  const catalogueBody = {
    version: CATALOGUE_VERSION,
    categories: CHALLENGE_CATEGORIES.map((id) => ({ id, label: CATEGORY_LABELS[id] })),
    challenges: catalogue,
  };
  return [
    defineRoute({
      method: 'get',
      path: '/api/catalogue',
      summary: 'The challenge catalogue (versioned)',
      tags: ['practice'],
      access: 'public',
      responses: { 200: { description: 'Every challenge', schema: CatalogueResponseSchema } },
      handler: (c) => c.json(catalogueBody),
    }),
    defineRoute({
      method: 'get',
      path: '/api/ladder',
      summary: 'My fear ladder, easiest first, with gaps to fill',
      tags: ['practice'],
      access: 'user',
      responses: { 200: { description: 'The ladder', schema: LadderSchema } },
      handler: async (c, { auth }) => c.json(await practice.ladder(personActor(auth.userId))),
    }),
    defineRoute({
      method: 'post',
      path: '/api/ladder/rungs',
      summary: 'Add a rung, from the catalogue or in my own words',
      tags: ['practice'],
      access: 'user',
      body: CreateRungRequestSchema,
      responses: {
        201: { description: 'Added', schema: RungSchema },
        200: { description: 'Already added with this client id (a retry): the stored rung', schema: RungSchema },
      },
      handler: async (c, { auth, body }) => {
        const { row, created } = await practice.addRung(personActor(auth.userId), body);
        return c.json(row, created ? 201 : 200);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/ladder/rungs/{id}',
      summary: 'Rename or re-rate a rung',
      tags: ['practice'],
      access: 'user',
      params: IdParamsSchema,
      body: UpdateRungRequestSchema,
      responses: { 200: { description: 'Updated', schema: RungSchema }, ...notFound },
      handler: async (c, { auth, params, body }) => c.json(await practice.updateRung(personActor(auth.userId), params.id, body)),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/ladder/rungs/{id}',
      summary: 'Remove a rung (its experiments stay in my history)',
      tags: ['practice'],
      access: 'user',
      params: IdParamsSchema,
      responses: { 204: { description: 'Removed' }, ...notFound },
      handler: async (c, { auth, params }) => {
        await practice.deleteRung(personActor(auth.userId), params.id);
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/experiments',
      summary: 'My experiments, newest first, paged',
      tags: ['practice'],
      access: 'user',
      query: ListExperimentsQuerySchema,
      responses: { 200: { description: 'A page of history', schema: ExperimentListSchema } },
      handler: async (c, { auth, query }) =>
        c.json(await practice.listExperiments(personActor(auth.userId), query.limit, query.cursor)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/experiments',
      summary: 'Plan or log an experiment (a quick log is one call)',
      tags: ['practice'],
      access: 'user',
      body: CreateExperimentRequestSchema,
      responses: {
        201: { description: 'Created', schema: ExperimentSchema },
        200: { description: 'Already stored with this client id (a retry): the stored experiment', schema: ExperimentSchema },
        409: { description: 'Screening comes first, or a plan above the rails needs the heads-up confirmed' },
      },
      handler: async (c, { auth, body }) => {
        const { row, created } = await practice.createExperiment(personActor(auth.userId), body);
        return c.json(row, created ? 201 : 200);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/experiments/{id}',
      summary: 'One of my experiments',
      tags: ['practice'],
      access: 'user',
      params: IdParamsSchema,
      responses: { 200: { description: 'The experiment', schema: ExperimentSchema }, ...notFound },
      handler: async (c, { auth, params }) => c.json(await practice.getExperiment(personActor(auth.userId), params.id)),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/experiments/{id}',
      summary: 'Log what happened, or correct an experiment',
      tags: ['practice'],
      access: 'user',
      params: IdParamsSchema,
      body: UpdateExperimentRequestSchema,
      responses: { 200: { description: 'Updated', schema: ExperimentSchema }, ...notFound },
      handler: async (c, { auth, params, body }) =>
        c.json(await practice.updateExperiment(personActor(auth.userId), params.id, body)),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/experiments/{id}',
      summary: 'Delete one of my experiments',
      tags: ['practice'],
      access: 'user',
      params: IdParamsSchema,
      responses: { 204: { description: 'Deleted' }, ...notFound },
      handler: async (c, { auth, params }) => {
        await practice.deleteExperiment(personActor(auth.userId), params.id);
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/rest-days',
      summary: 'Plan a rest day (it never breaks a streak)',
      tags: ['practice'],
      access: 'user',
      body: RestDayRequestSchema,
      responses: { 201: { description: 'Planned; all my rest days', schema: z.object({ restDays: z.array(z.string()) }) } },
      handler: async (c, { auth, body }) =>
        c.json({ restDays: await practice.addRestDay(personActor(auth.userId), body.date) }, 201),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/rest-days/{date}',
      summary: 'Take back a rest day',
      tags: ['practice'],
      access: 'user',
      params: RestDayParamsSchema,
      responses: { 204: { description: 'Removed' }, ...notFound },
      handler: async (c, { auth, params }) => {
        await practice.removeRestDay(personActor(auth.userId), params.date);
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/challenge',
      summary: 'Start a 30-day challenge',
      tags: ['practice'],
      access: 'user',
      body: StartChallengeRequestSchema,
      responses: {
        201: { description: 'Started: day 1 is today', schema: ChallengeRunSchema },
        409: { description: 'One is already running' },
      },
      handler: async (c, { auth, body }) => c.json(await practice.startChallenge(personActor(auth.userId), body.timeZone), 201),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/challenge',
      summary: 'End the running 30-day challenge (stopping is not failure)',
      tags: ['practice'],
      access: 'user',
      responses: { 204: { description: 'Ended' }, ...notFound },
      handler: async (c, { auth }) => {
        await practice.endChallenge(personActor(auth.userId));
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/today',
      summary: 'Today: the day of my challenge, one suggestion, streak and counts',
      tags: ['practice'],
      access: 'user',
      query: TodayQuerySchema,
      responses: { 200: { description: 'Today', schema: TodaySchema } },
      handler: async (c, { auth, query }) =>
        c.json(await practice.today(personActor(auth.userId), { skip: query.skip, seed: query.seed })),
    }),
    defineRoute({
      method: 'get',
      path: '/api/progress',
      summary: 'My counts, streak, and anticipation vs reality',
      tags: ['practice'],
      access: 'user',
      responses: { 200: { description: 'Progress', schema: ProgressSchema } },
      handler: async (c, { auth }) => c.json(await practice.progress(personActor(auth.userId))),
    }),
  ];
}
