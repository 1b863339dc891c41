import { HealthSchema, type Health } from '@ask-anyway/core';
import type { Database } from '../../db/database.js';
import { defineRoute, type AnyRoute } from '../../http/route.js';

export function healthRoutes(database: Database, version: string): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Which database is in use and whether it answers',
      tags: ['operations'],
      access: 'public',
      responses: {
        200: { description: 'Healthy', schema: HealthSchema },
        503: { description: 'The database does not answer', schema: HealthSchema },
      },
      handler: async (c) => {
        const latencyMs = await withTimeout(database.ping(), 2000).catch(() => null);
        const reachable = latencyMs !== null;
        const body: Health = {
          status: reachable ? 'ok' : 'degraded',
          version,
          database: { engine: database.engine, reachable, latencyMs },
        };
        return c.json(body, reachable ? 200 : 503);
      },
    }),
  ];
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
