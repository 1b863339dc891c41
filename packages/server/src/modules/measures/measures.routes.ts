import {
  IdSchema,
  ListMeasureEntriesQuerySchema,
  MeasureEntryListSchema,
  MeasureEntrySchema,
  MeasuresOverviewSchema,
  ReportQuerySchema,
  ReportSchema,
  SubmitMeasureRequestSchema,
} from '@ask-anyway/core';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../http/route.js';
import { personActor } from '../../policies/policy.js';
import type { MeasuresService } from './measures.service.js';
import type { ReportService } from './report.service.js';

const EntryParams = z.strictObject({ id: IdSchema });

export function measuresRoutes(measures: MeasuresService, report: ReportService): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/measures',
      summary: 'What is due (baseline, 14-day follow-up, end of the 30-day challenge) and change from baseline',
      tags: ['measures'],
      access: 'user',
      responses: { 200: { description: 'Due questionnaires and summaries', schema: MeasuresOverviewSchema } },
      handler: async (c, { auth }) => c.json(await measures.overview(personActor(auth.userId))),
    }),
    defineRoute({
      method: 'post',
      path: '/api/measures/entries',
      summary: 'Submit a questionnaire (or a correction of one, as a new dated entry); PHQ-9 item 9 above 0 opens the crisis path',
      tags: ['measures'],
      access: 'user',
      body: SubmitMeasureRequestSchema,
      responses: {
        201: { description: 'Stored and scored', schema: MeasureEntrySchema },
        200: { description: 'Already stored with this client id (a retry)', schema: MeasureEntrySchema },
      },
      handler: async (c, { auth, body }) => {
        const { row, created } = await measures.submit(personActor(auth.userId), body);
        return c.json(row, created ? 201 : 200);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/measures/entries',
      summary: 'My questionnaires, newest first, corrected ones included and marked',
      tags: ['measures'],
      access: 'user',
      query: ListMeasureEntriesQuerySchema,
      responses: { 200: { description: 'My entries', schema: MeasureEntryListSchema } },
      handler: async (c, { auth, query }) => c.json({ entries: await measures.list(personActor(auth.userId), query.measure) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/measures/entries/{id}',
      summary: 'One questionnaire with its answers, to review',
      tags: ['measures'],
      access: 'user',
      params: EntryParams,
      responses: { 200: { description: 'The entry', schema: MeasureEntrySchema } },
      handler: async (c, { auth, params }) => c.json(await measures.get(personActor(auth.userId), params.id)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/report',
      summary: 'Everything for a report to bring to a therapist, for a period (default: everything)',
      tags: ['measures'],
      access: 'user',
      query: ReportQuerySchema,
      responses: { 200: { description: 'The report', schema: ReportSchema } },
      handler: async (c, { auth, query }) => c.json(await report.build(personActor(auth.userId), query)),
    }),
  ];
}
