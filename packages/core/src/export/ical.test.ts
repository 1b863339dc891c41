import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../contract/practice.js';
import { calendarItems, escapeText, foldLine, icalFeed, NEUTRAL_PLAN_SUMMARY, type CalendarItem, type CalendarItemsInput } from './ical.js';

const generatedAt = '2026-03-20T10:15:30.123Z';

let n = 0;
function buildExperiment(overrides: Partial<Experiment> = {}): Experiment {
  n += 1;
  return {
    id: `0190b000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    rungId: null,
    challengeSlug: null,
    title: 'Ask for a discount',
    fearedConsequence: null,
    beliefBefore: 60,
    expectedSuds: 50,
    safetyBehavioursToDrop: [],
    safetyBehavioursOther: null,
    outcome: null,
    actualSuds: null,
    fearedHappened: null,
    beliefAfter: null,
    safetyBehavioursUsed: [],
    learned: null,
    quick: false,
    aboveRails: false,
    occurredAt: '2026-03-22T17:30:00.000Z',
    timeZone: 'Europe/London',
    localDate: '2026-03-22',
    createdAt: '2026-03-19T08:00:00.000Z',
    updatedAt: '2026-03-19T08:00:00.000Z',
    ...overrides,
  };
}

const catalogue: Record<string, string> = { 'ask-for-directions': 'Ask a stranger for directions' };

function itemsInput(overrides: Partial<CalendarItemsInput> = {}): CalendarItemsInput {
  return {
    experiments: [],
    restDays: [],
    due: [],
    includePersonalText: false,
    challengeTitle: (slug) => catalogue[slug],
    timeZone: 'Australia/Sydney',
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) }));
  return { calendar, events };
}

const eventByUid = (text: string, uid: string) => {
  const found = parse(text).events.find((e) => e.event.uid === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
};

// UTF-8 length by the standard library's encoder; it also throws on a split surrogate pair.
const octets = (text: string) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, '.').length;

const feed = (items: CalendarItem[]) => icalFeed({ calendarName: 'Ask Anyway', generatedAt, items });

describe('icalFeed', () => {
  it('is a published Gregorian calendar with its name, that an independent parser reads', () => {
    const text = feed([]);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Ask Anyway//Practice calendar//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Ask Anyway');
    expect(events).toEqual([]);
  });

  it('writes a timed ask in UTC with a duration and a reminder half an hour before', () => {
    const text = feed([
      {
        id: 'planned-1',
        kind: 'planned-challenge',
        summary: 'Planned ask',
        start: '2026-03-22T18:30:00+01:00',
        allDay: false,
        durationMinutes: 45,
      },
    ]);
    expect(text).toContain('DTSTART:20260322T173000Z\r\n');
    expect(text).toContain('DTSTAMP:20260320T101530Z\r\n');
    const { event, component } = eventByUid(text, 'planned-1@askanyway.app');
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-22T17:30:00.000Z');
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-22T18:15:00.000Z');
    expect(event.summary).toBe('Planned ask');
    const alarm = component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT30M');
    expect(alarm.getFirstPropertyValue('description')).toBe('Planned ask');
  });

  it('writes all-day items as a date with the next day as the end and a morning reminder', () => {
    const text = feed([{ id: 'rest-2026-03-31', kind: 'rest-day', summary: 'Rest day', start: '2026-03-31', allDay: true }]);
    expect(text).toContain('DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401\r\n');
    const { event, component } = eventByUid(text, 'rest-2026-03-31@askanyway.app');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-03-31');
    expect(event.endDate.toString()).toBe('2026-04-01');
    expect(String(component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('PT9H');
  });

  it('folds a long summary with emoji into lines of at most 75 octets that parse back exactly', () => {
    const summary = ('Ask 🙂 for the window seat, naïve café ☕; 👩🏽‍💻 ' + 'é'.repeat(10)).repeat(4).slice(0, 200);
    expect([...summary].length).toBeGreaterThan(150);
    const text = feed([
      { id: 'long', kind: 'planned-challenge', summary, description: summary, start: '2026-03-22T17:30:00Z', allDay: false },
    ]);
    const { event } = eventByUid(text, 'long@askanyway.app');
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(summary);
    expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(4);
  });

  it('escapes backslashes, semicolons, commas and newlines so they round-trip', () => {
    const summary = 'One; two, three \\ four';
    const description = 'Line one\nLine two; still, two\r\nLine three\\n is not a newline';
    const text = feed([{ id: 'esc', kind: 'planned-challenge', summary, description, start: '2026-03-22T17:30:00Z', allDay: false }]);
    expect(text).toContain('SUMMARY:One\\; two\\, three \\\\ four\r\n');
    const { event } = eventByUid(text, 'esc@askanyway.app');
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description.replace(/\r\n/g, '\n'));
    expect(escapeText('a\u0007b\tc')).toBe('ab\tc');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const text = feed([
      {
        id: 'a',
        kind: 'planned-challenge',
        summary: '🙂'.repeat(100),
        description: 'x'.repeat(500),
        start: '2026-03-22T17:30:00Z',
        allDay: false,
      },
      { id: 'b'.repeat(90), kind: 'rest-day', summary: 'ü'.repeat(120), start: '2026-03-23', allDay: true },
    ]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    // No line begins or ends in the middle of a character.
    for (const line of lines) expect(line).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('folds by octets, not characters', () => {
    expect(foldLine('x'.repeat(75))).toEqual(['x'.repeat(75)]);
    expect(foldLine('x'.repeat(76))).toEqual(['x'.repeat(75), ' x']);
    expect(foldLine('x'.repeat(73) + '🙂')).toEqual(['x'.repeat(73), ' 🙂']);
    expect(foldLine('é'.repeat(40)).map((l) => octets(l))).toEqual([74, 7]);
  });

  it('gives the same text for the same items, in any order', () => {
    const items: CalendarItem[] = [
      { id: 'rest-2026-03-23', kind: 'rest-day', summary: 'Rest day', start: '2026-03-23', allDay: true },
      { id: 'planned-x', kind: 'planned-challenge', summary: 'Planned ask', start: '2026-03-22T17:30:00Z', allDay: false },
    ];
    expect(feed([...items].reverse())).toBe(feed(items));
    expect(parse(feed(items)).events.map((e) => e.event.uid)).toEqual(['planned-x@askanyway.app', 'rest-2026-03-23@askanyway.app']);
  });
});

describe('calendarItems into a feed', () => {
  const secret = buildExperiment({ title: 'SECRET-TITLE', fearedConsequence: 'SECRET-FEAR' });
  const fromCatalogue = buildExperiment({
    title: 'SECRET-OWN-WORDS',
    challengeSlug: 'ask-for-directions',
    occurredAt: '2026-03-24T09:00:00.000Z',
  });
  const done = buildExperiment({ title: 'Done already', outcome: 'accepted', learned: 'SECRET-LEARNED' });
  const input = itemsInput({
    experiments: [secret, fromCatalogue, done],
    restDays: ['2026-03-25', '2026-03-25', '2026-03-28'],
    due: [
      // 22:00 UTC on the 26th is the morning of the 27th in Sydney.
      { measure: 'gad7', nextAt: '2026-03-26T22:00:00.000Z' },
      { measure: 'phq9', nextAt: '2026-03-27T01:00:00.000Z' },
      { measure: 'arsq', nextAt: null },
    ],
  });

  it('puts in the planned asks, rest days and check-ins with the right dates and times', () => {
    const text = icalFeed({ calendarName: 'Ask Anyway', generatedAt, items: calendarItems(input) });
    const { events } = parse(text);
    expect(events.map((e) => e.event.uid)).toEqual([
      `planned-${secret.id}@askanyway.app`,
      `planned-${fromCatalogue.id}@askanyway.app`,
      'rest-2026-03-25@askanyway.app',
      'questionnaire-gad7@askanyway.app',
      'questionnaire-phq9@askanyway.app',
      'rest-2026-03-28@askanyway.app',
    ]);
    const planned = eventByUid(text, `planned-${secret.id}@askanyway.app`).event;
    expect(planned.startDate.toJSDate().toISOString()).toBe('2026-03-22T17:30:00.000Z');
    expect(planned.duration.toSeconds()).toBe(30 * 60);
    expect(planned.summary).toBe(NEUTRAL_PLAN_SUMMARY);
    expect(eventByUid(text, `planned-${fromCatalogue.id}@askanyway.app`).event.summary).toBe('Ask a stranger for directions');
    const rest = eventByUid(text, 'rest-2026-03-25@askanyway.app').event;
    expect([rest.summary, rest.startDate.isDate, rest.startDate.toString()]).toEqual(['Rest day', true, '2026-03-25']);
    const gad = eventByUid(text, 'questionnaire-gad7@askanyway.app').event;
    expect([gad.summary, gad.startDate.isDate, gad.startDate.toString()]).toEqual(['Check-in questionnaire: GAD-7', true, '2026-03-27']);
    expect(eventByUid(text, 'questionnaire-phq9@askanyway.app').event.startDate.toString()).toBe('2026-03-27');
  });

  it('carries nothing the person wrote unless they opt in', () => {
    const text = icalFeed({ calendarName: 'Ask Anyway', generatedAt, items: calendarItems(input) });
    for (const secretText of ['SECRET', 'Done already', 'Ask for a discount']) expect(text).not.toContain(secretText);

    const unknownSlug = buildExperiment({ title: 'SECRET-TITLE', challengeSlug: 'not-in-catalogue' });
    expect(calendarItems(itemsInput({ experiments: [unknownSlug] }))[0]!.summary).toBe(NEUTRAL_PLAN_SUMMARY);
  });

  it('shows the person’s own title and fear when they opt in, and still never past experiments', () => {
    const text = icalFeed({ calendarName: 'Ask Anyway', generatedAt, items: calendarItems({ ...input, includePersonalText: true }) });
    const planned = eventByUid(text, `planned-${secret.id}@askanyway.app`).event;
    expect(planned.summary).toBe('SECRET-TITLE');
    expect(planned.description).toContain('SECRET-FEAR');
    expect(eventByUid(text, `planned-${fromCatalogue.id}@askanyway.app`).event.summary).toBe('SECRET-OWN-WORDS');
    expect(text).not.toContain('SECRET-LEARNED');
    expect(text).not.toContain('Done already');
  });
});
