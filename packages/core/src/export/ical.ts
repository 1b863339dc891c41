/**
 * A calendar feed (RFC 5545) of planned asks, rest days and questionnaire check-ins, for a person to
 * subscribe to from their phone's calendar. A calendar is often shared, synced to a work account or shown
 * on a lock screen, so by default it carries none of the person's own words: only our catalogue's titles
 * and neutral copy. Their titles and fears go in only when they opt in.
 */
import type { Experiment } from '../contract/practice.js';
import { INSTRUMENTS, type MeasureId } from '../measures/instruments.js';
import { addDays, isLocalDate, localDate } from '../practice/local-date.js';

export interface CalendarItem {
  id: string;
  kind: 'planned-challenge' | 'rest-day' | 'questionnaire-due';
  summary: string;
  description?: string;
  /** An ISO instant for a timed item, `YYYY-MM-DD` for an all-day one. */
  start: string;
  allDay: boolean;
  /** For timed items; 30 minutes when left out. */
  durationMinutes?: number;
}

export interface CalendarFeedInput {
  calendarName: string;
  /** When the feed was made (ISO instant): every event's DTSTAMP. */
  generatedAt: string;
  items: readonly CalendarItem[];
}

export const CALENDAR_PRODID = '-//Ask Anyway//Practice calendar//EN';
const UID_DOMAIN = 'askanyway.app';
const DEFAULT_DURATION_MINUTES = 30;
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11); control characters other than newlines are dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`))
  );
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds a content line into lines of at most 75 octets of UTF-8 (RFC 5545 §3.1), each continuation
 * starting with one space. Splits only between code points, so no multi-byte character is cut.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out;
}

function utcBasic(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant: ${instant}`);
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function dateBasic(date: string): string {
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return date.replace(/-/g, '');
}

function durationOf(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes <= 0) throw new RangeError(`Not a duration in whole minutes: ${minutes}`);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}`;
}

function eventLines(item: CalendarItem, dtstamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(item.id)}@${UID_DOMAIN}`, `DTSTAMP:${dtstamp}`];
  if (item.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateBasic(item.start)}`, `DTEND;VALUE=DATE:${dateBasic(addDays(item.start, 1))}`);
  } else {
    lines.push(`DTSTART:${utcBasic(item.start)}`, `DURATION:${durationOf(item.durationMinutes ?? DEFAULT_DURATION_MINUTES)}`);
  }
  lines.push(`SUMMARY:${escapeText(item.summary)}`);
  if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
  // An all-day item shows up as a free day-long note; a timed ask blocks its half hour.
  lines.push(`TRANSP:${item.allDay ? 'TRANSPARENT' : 'OPAQUE'}`, `CATEGORIES:${categoriesOf(item.kind).map(escapeText).join(',')}`);
  lines.push(
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(item.summary)}`,
    // All-day events start at local midnight, so a reminder 9 hours in lands around 9am.
    `TRIGGER:${item.allDay ? 'PT9H' : '-PT30M'}`,
    'END:VALARM',
    'END:VEVENT',
  );
  return lines;
}

function categoriesOf(kind: CalendarItem['kind']): string[] {
  return ['Ask Anyway', kind === 'planned-challenge' ? 'Planned ask' : kind === 'rest-day' ? 'Rest day' : 'Check-in'];
}

/** The feed as text: CRLF line endings, folded lines, items in time order. */
export function icalFeed(input: CalendarFeedInput): string {
  const dtstamp = utcBasic(input.generatedAt);
  const items = [...input.items].sort((a, b) => compare(sortKey(a), sortKey(b)) || compare(a.id, b.id));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${CALENDAR_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.calendarName)}`,
    // Subscribed calendars refresh at most this often; plans change, so ask twice a day.
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...items.flatMap((item) => eventLines(item, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines
    .flatMap(foldLine)
    .map((l) => `${l}\r\n`)
    .join('');
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// A date sorts before any instant on it; instants compare as text once normalised to UTC.
const sortKey = (item: CalendarItem) => (item.allDay ? item.start : new Date(Date.parse(item.start)).toISOString());

// ── From the person's data to calendar items ─────────────────────────────────────────────────────
export interface CalendarItemsInput {
  /** Planned ones (outcome still null) become events; the rest are ignored. */
  experiments: readonly Experiment[];
  /** Local dates (`YYYY-MM-DD`) the person marked as rest days. */
  restDays: readonly string[];
  due: readonly { measure: MeasureId; nextAt: string | null }[];
  /** Whether the person chose to show their own words (titles, fears) in the calendar. */
  includePersonalText: boolean;
  /** The catalogue's title for a challenge slug. */
  challengeTitle: (slug: string) => string | undefined;
  /** The person's time zone, for the local date a check-in falls on. */
  timeZone: string;
}

export const NEUTRAL_PLAN_SUMMARY = 'Planned ask (Ask Anyway)';
const PLAN_DESCRIPTION = 'A planned ask from Ask Anyway. However it goes, trying is the practice.';
const REST_DESCRIPTION = 'A day off. Rest is part of the practice, not a break from it.';

function plannedSummary(e: Experiment, input: CalendarItemsInput): string {
  if (input.includePersonalText && e.title.trim()) return e.title.trim();
  return (e.challengeSlug ? input.challengeTitle(e.challengeSlug) : undefined) ?? NEUTRAL_PLAN_SUMMARY;
}

function plannedDescription(e: Experiment, input: CalendarItemsInput): string {
  if (!input.includePersonalText || !e.fearedConsequence?.trim()) return PLAN_DESCRIPTION;
  return `${PLAN_DESCRIPTION}\nWhat you thought might happen: ${e.fearedConsequence.trim()}`;
}

/**
 * Calendar items from planned experiments, rest days and questionnaire follow-ups. Without
 * `includePersonalText` nothing the person wrote reaches the calendar.
 */
export function calendarItems(input: CalendarItemsInput): CalendarItem[] {
  const planned: CalendarItem[] = input.experiments
    .filter((e) => e.outcome === null)
    .map((e) => ({
      id: `planned-${e.id}`,
      kind: 'planned-challenge',
      summary: plannedSummary(e, input),
      description: plannedDescription(e, input),
      start: e.occurredAt,
      allDay: false,
      durationMinutes: DEFAULT_DURATION_MINUTES,
    }));
  const rest: CalendarItem[] = [...new Set(input.restDays)].filter(isLocalDate).map((date) => ({
    id: `rest-${date}`,
    kind: 'rest-day',
    summary: 'Rest day',
    description: REST_DESCRIPTION,
    start: date,
    allDay: true,
  }));
  const due: CalendarItem[] = input.due.flatMap(({ measure, nextAt }) => {
    if (nextAt === null) return [];
    const name = INSTRUMENTS[measure].shortName;
    // One event per measure: when the next check-in moves, the calendar moves it instead of adding one.
    return [
      {
        id: `questionnaire-${measure}`,
        kind: 'questionnaire-due' as const,
        summary: `Check-in questionnaire: ${name}`,
        description: `A few minutes to see how things are going. The ${name} is ready in Ask Anyway whenever suits you.`,
        start: localDate(nextAt, input.timeZone),
        allDay: true,
      },
    ];
  });
  return [...planned, ...rest, ...due];
}
