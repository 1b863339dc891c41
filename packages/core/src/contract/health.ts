import { z } from 'zod';

export const DATABASE_ENGINES = ['sqlite', 'postgres'] as const;
export type DatabaseEngine = (typeof DATABASE_ENGINES)[number];

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    engine: z.enum(DATABASE_ENGINES),
    reachable: z.boolean(),
    latencyMs: z.number().nullable(),
  }),
});
export type Health = z.infer<typeof HealthSchema>;
