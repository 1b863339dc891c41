import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../http/route.js';
import { personActor } from '../../policies/policy.js';
import type { CalendarFeedService } from './calendar.service.js';
import { PORTABLE_TABLES } from './export.format.js';
import type { ExportService } from './export.service.js';

/** Imports may be large (years of practice); everything else keeps the small default. */
export const IMPORT_BODY_LIMIT = 25 * 1024 * 1024;

const CalendarStatusSchema = z.object({ active: z.boolean(), includePersonalText: z.boolean(), createdAt: z.string().nullable() });
const CalendarCreatedSchema = CalendarStatusSchema.extend({ path: z.string() });
const ImportedSchema = z.object({ imported: z.object(Object.fromEntries(PORTABLE_TABLES.map((t) => [t, z.int()]))) });

export function exportRoutes(exports: ExportService, calendar: CalendarFeedService): AnyRoute[] {
  const day = () => new Date().toISOString().slice(0, 10);
  const attachment = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' });
  return [
    defineRoute({
      method: 'get',
      path: '/api/export',
      summary: 'Everything I own, as one versioned JSON file (docs/EXPORT.md)',
      tags: ['your data'],
      access: 'user',
      responses: { 200: { description: 'The export', contentType: 'application/json' } },
      handler: async (c, { auth }) => {
        const file = await exports.exportJson(personActor(auth.userId));
        return c.body(JSON.stringify(file, null, 2), 200, { 'content-type': 'application/json; charset=utf-8', ...attachment(`ask-anyway-export-${day()}.json`) });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/import',
      summary: 'Bring an export into this fresh account: all of it, or nothing',
      tags: ['your data'],
      access: 'user',
      body: z.unknown(),
      bodyLimit: IMPORT_BODY_LIMIT,
      responses: { 201: { description: 'Imported', schema: ImportedSchema } },
      handler: async (c, { auth, body }) => c.json(await exports.importJson(personActor(auth.userId), body), 201),
    }),
    defineRoute({
      method: 'get',
      path: '/api/export/experiments.csv',
      summary: 'My experiments as CSV',
      tags: ['your data'],
      access: 'user',
      responses: { 200: { description: 'CSV (RFC 4180)', contentType: 'text/csv' } },
      handler: async (c, { auth }) =>
        c.body(await exports.experimentsCsv(personActor(auth.userId)), 200, { 'content-type': 'text/csv; charset=utf-8', ...attachment(`ask-anyway-experiments-${day()}.csv`) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/export/questionnaires.csv',
      summary: 'My questionnaire results as CSV',
      tags: ['your data'],
      access: 'user',
      responses: { 200: { description: 'CSV (RFC 4180)', contentType: 'text/csv' } },
      handler: async (c, { auth }) =>
        c.body(await exports.measuresCsv(personActor(auth.userId)), 200, { 'content-type': 'text/csv; charset=utf-8', ...attachment(`ask-anyway-questionnaires-${day()}.csv`) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/export/fhir',
      summary: 'My questionnaires as a FHIR R4 Bundle (QuestionnaireResponse and Observation, LOINC-coded)',
      tags: ['your data'],
      access: 'user',
      responses: { 200: { description: 'A FHIR R4 Bundle', contentType: 'application/fhir+json' } },
      handler: async (c, { auth }) =>
        c.body(JSON.stringify(await exports.fhir(personActor(auth.userId)), null, 2), 200, {
          'content-type': 'application/fhir+json; charset=utf-8',
          ...attachment(`ask-anyway-fhir-${day()}.json`),
        }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/calendar',
      summary: 'Whether my private calendar feed is on',
      tags: ['your data'],
      access: 'user',
      responses: { 200: { description: 'Status', schema: CalendarStatusSchema } },
      handler: async (c, { auth }) => c.json(await calendar.status(personActor(auth.userId))),
    }),
    defineRoute({
      method: 'post',
      path: '/api/calendar',
      summary: 'A new secret calendar feed address (any earlier one stops working)',
      tags: ['your data'],
      access: 'user',
      body: z.strictObject({ includePersonalText: z.boolean() }),
      responses: { 201: { description: 'The feed; its address is shown only now', schema: CalendarCreatedSchema } },
      handler: async (c, { auth, body }) => c.json(await calendar.create(personActor(auth.userId), body.includePersonalText), 201),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/calendar',
      summary: 'Turn the calendar feed off: its address stops working at once',
      tags: ['your data'],
      access: 'user',
      responses: { 204: { description: 'Off' } },
      handler: async (c, { auth }) => {
        await calendar.revoke(personActor(auth.userId));
        return c.body(null, 204);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/calendar/feed/{token}',
      summary: 'The iCalendar feed (RFC 5545) for a secret address: planned asks, rest days, questionnaire dates',
      tags: ['your data'],
      access: 'public',
      params: z.strictObject({ token: z.string().min(20).max(100) }),
      responses: { 200: { description: 'text/calendar', contentType: 'text/calendar' }, 404: { description: 'Unknown or turned off' } },
      handler: async (c, { params }) =>
        c.body(await calendar.feed(params.token), 200, {
          'content-type': 'text/calendar; charset=utf-8',
          'cache-control': 'private, no-cache',
          'x-robots-tag': 'noindex',
          'referrer-policy': 'no-referrer',
        }),
    }),
  ];
}
