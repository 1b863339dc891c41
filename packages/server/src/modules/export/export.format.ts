import { isValidTimeZone } from '@ask-anyway/core';
import { z } from 'zod';

/**
 * The JSON export: `docs/EXPORT.md` documents it field by field. `account` and `data` move between
 * instances (ids and times kept as they are); `instance` is this server's record of who the person shared
 * with and who read what, given for the person's own files and never imported (it names accounts that
 * exist only here). `integrity` is the SHA-256 of the canonical JSON of `{ account, data }`.
 */
export const EXPORT_FORMAT = 'ask-anyway-export';
export const EXPORT_VERSION = 1;

const id = z.uuid();
const time = z.iso.datetime({ offset: true });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const zone = z.string().max(64).refine(isValidTimeZone, 'Not a time zone this server knows.');
const flag = z.union([z.literal(0), z.literal(1)]);
const suds = z.int().min(0).max(100);
const json = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    }, 'Not valid JSON text.');

/** One strict schema per portable table: every column, nothing else, each value in its range. */
export const PORTABLE_ROWS = {
  ladderRungs: z.strictObject({ id, challengeSlug: text(60).nullable(), title: text(120).min(1), suds, createdAt: time, updatedAt: time }),
  experiments: z.strictObject({
    id,
    rungId: id.nullable(),
    challengeSlug: text(60).nullable(),
    title: text(120).min(1),
    fearedConsequence: text(500).nullable(),
    beliefBefore: suds.nullable(),
    expectedSuds: suds.nullable(),
    safetyToDrop: json(2000),
    safetyOther: text(300).nullable(),
    outcome: z.enum(['rejected', 'accepted', 'partly', 'not-done']).nullable(),
    actualSuds: suds.nullable(),
    fearedHappened: z.enum(['no', 'partly', 'yes']).nullable(),
    beliefAfter: suds.nullable(),
    safetyUsed: json(2000),
    learned: text(1000).nullable(),
    quick: flag,
    aboveRails: flag,
    occurredAt: time,
    timeZone: zone,
    localDate: date,
    createdAt: time,
    updatedAt: time,
  }),
  restDays: z.strictObject({ localDate: date, createdAt: time }),
  challengeRuns: z.strictObject({ id, startedOn: date, timeZone: zone, createdAt: time, endedAt: time.nullable() }),
  screenings: z.strictObject({
    id,
    version: z.int().min(1),
    skipped: flag,
    adult: flag.nullable(),
    selfHarmThoughts: flag.nullable(),
    traumaRejection: flag.nullable(),
    panicAttacks: flag.nullable(),
    severeLowMood: flag.nullable(),
    substanceCoping: flag.nullable(),
    route: z.enum(['under-18', 'crisis', 'supported', 'standard']),
    mode: z.enum(['standard', 'supported']),
    createdAt: time,
  }),
  safetyEvents: z.strictObject({
    id,
    kind: z.enum(['panic', 'moment', 'crisis-answer', 'safe-check-in', 'heads-up-confirmed']),
    experimentId: id.nullable(),
    level: suds.nullable(),
    feeling: text(200).nullable(),
    toolsUsed: json(500),
    note: text(1000).nullable(),
    createdAt: time,
  }),
  suggestionViews: z.strictObject({ localDate: date, suggestionKey: text(200), suggestion: json(4000), createdAt: time }),
  measureEntries: z.strictObject({
    id,
    measure: z.enum(['gad7', 'phq9', 'arsq']),
    answers: json(2000),
    difficulty: z.int().min(0).max(3).nullable(),
    complete: flag,
    crisisFlag: flag,
    correctsId: id.nullable(),
    takenAt: time,
    createdAt: time,
  }),
} as const;

export type PortableTable = keyof typeof PORTABLE_ROWS;
/** In the order they are inserted: parents before children. */
export const PORTABLE_TABLES = Object.keys(PORTABLE_ROWS) as PortableTable[];

export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, `Not an Ask Anyway export (the "format" field should be "${EXPORT_FORMAT}").`),
  version: z.literal(EXPORT_VERSION, `This server reads version ${EXPORT_VERSION} exports.`),
  exportedAt: time,
  integrity: z.string().regex(/^[0-9a-f]{64}$/, 'The integrity field is missing or malformed.'),
  account: z.strictObject({ displayName: text(60).nullable(), timeZone: zone }),
  data: z.strictObject(
    Object.fromEntries(PORTABLE_TABLES.map((t) => [t, z.array(PORTABLE_ROWS[t]).max(200_000)])) as {
      [K in PortableTable]: z.ZodArray<(typeof PORTABLE_ROWS)[K]>;
    },
  ),
  instance: z.record(z.string(), z.unknown()),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
