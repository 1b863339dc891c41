import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Experiment } from '@ask-anyway/core';
import { OWNED_TABLES, type DB } from '../../db/schema.js';
import { fixedClock } from '../../lib/clock.js';
import { ALL_CLEAR, createStore, ENGINE, expectProblem, GOOD_PASSWORD, startTestServer, type ApiClient, type Engine, type TestServer } from '../../test-support/harness.js';
import { integrityOf } from './export.service.js';

const DAY = 86_400_000;

/** A person with something in every table they can own, including free text with awkward characters. */
async function busyPerson(server: TestServer, clock: ReturnType<typeof fixedClock>): Promise<ApiClient> {
  const p = server.client();
  await p.signUp();
  await p.request('PATCH', '/api/me', { json: { displayName: 'Río, "the brave"', timeZone: 'America/Mexico_City' } });
  await p.request('PUT', '/api/safety/screening', { json: { answers: { ...ALL_CLEAR, panicAttacks: true } } });
  const rung = (await p.request<{ id: string }>('POST', '/api/ladder/rungs', { json: { title: 'Ask for a table; by the window', suds: 30 } })).body;
  const done = (
    await p.request<Experiment>('POST', '/api/experiments', {
      json: { rungId: rung.id, fearedConsequence: '=1+1 they sigh', beliefBefore: 70, expectedSuds: 35, outcome: 'accepted', actualSuds: 20, beliefAfter: 25, learned: 'Line one\nline two, with "quotes"', safetyBehavioursToDrop: ['rush'] },
    })
  ).body;
  await p.request('POST', '/api/experiments', { json: { title: 'Ask a neighbour for sugar', expectedSuds: 30, occurredAt: new Date(clock.now().getTime() + 2 * DAY).toISOString(), timeZone: 'America/Mexico_City' } });
  await p.request('POST', '/api/safety/events', { json: { kind: 'panic', experimentId: done.id, feeling: 'shaky', toolsUsed: ['breathing'] } });
  await p.request('POST', '/api/rest-days', { json: { date: '2026-07-04' } });
  await p.request('POST', '/api/challenge', { json: {} });
  await p.request('GET', '/api/today');
  const entry = (await p.request<{ id: string }>('POST', '/api/measures/entries', { json: { measure: 'gad7', answers: [2, 2, 1, 1, 1, 1, 1], difficulty: 1 } })).body;
  clock.advance(60_000);
  await p.request('POST', '/api/measures/entries', { json: { measure: 'gad7', answers: [2, 2, 1, 1, 1, 1, 0], corrects: entry.id } });
  await p.request('POST', '/api/measures/entries', { json: { measure: 'arsq', answers: Array.from({ length: 9 }, () => ({ concern: 3, expectancy: 4 })) } });
  await p.request('POST', '/api/measures/entries', { json: { measure: 'phq9', answers: [1, 0, 1, 0, 1, 0, 1, 0, null] } });
  return p;
}

type ExportBody = {
  integrity: string;
  account: unknown;
  data: Record<'experiments' | 'ladderRungs' | 'challengeRuns', unknown[]> & Record<string, unknown[]>;
  instance: Record<string, unknown>;
};

describe(`export and import (${ENGINE})`, () => {
  // Across engines on the PostgreSQL run (SQLite is always there); the SQLite run does SQLite to SQLite.
  const pairs: [Engine, Engine][] = ENGINE === 'postgres' ? [['sqlite', 'postgres'], ['postgres', 'sqlite']] : [['sqlite', 'sqlite']];

  it.each(pairs)('round-trips %s → %s: a second export equals the first', async (from, to) => {
    const clock = fixedClock(new Date('2026-06-10T15:00:00Z'));
    const a = await startTestServer({ clock, store: createStore(from) });
    const b = await startTestServer({ clock, store: createStore(to) });
    try {
      const person = await busyPerson(a, clock);
      const first = await person.request<ExportBody>('GET', '/api/export');
      expect(first.status).toBe(200);
      expect(first.headers.get('content-disposition')).toMatch(/attachment; filename="ask-anyway-export-/);
      const file = JSON.parse(first.text) as ExportBody;
      for (const table of Object.keys(file.data)) expect(file.data[table]!.length, table).toBeGreaterThan(0);

      const fresh = b.client();
      await fresh.signUp();
      const imported = await fresh.request<{ imported: Record<string, number> }>('POST', '/api/import', { json: file });
      expect(imported.status, imported.text).toBe(201);
      expect(imported.body.imported.measureEntries).toBe(4);
      const second = JSON.parse((await fresh.request('GET', '/api/export')).text) as ExportBody;
      expect(second.account).toEqual(file.account);
      expect(second.data).toEqual(file.data);
      expect(second.integrity).toBe(file.integrity);
      // And the app works on the imported data: the ladder, the correction, the same progress.
      const progressA = (await person.request<{ stats: unknown }>('GET', '/api/progress')).body;
      const progressB = (await fresh.request<{ stats: unknown }>('GET', '/api/progress')).body;
      expect(progressB).toEqual(progressA);
      const measuresA = (await person.request('GET', '/api/measures')).body;
      expect((await fresh.request('GET', '/api/measures')).body).toEqual(measuresA);
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  describe('refusals', () => {
    const clock = fixedClock(new Date('2026-06-10T15:00:00Z'));
    let server: TestServer;
    let file: ExportBody;
    beforeAll(async () => {
      server = await startTestServer({ clock });
      const person = await busyPerson(server, clock);
      file = JSON.parse((await person.request('GET', '/api/export')).text) as ExportBody;
    });
    afterAll(async () => {
      await server?.stop();
    });

    const tryImport = async (body: unknown, status: number) => {
      const fresh = server.client();
      await fresh.signUp();
      const before = await server.countRows();
      const problem = expectProblem(await fresh.request('POST', '/api/import', { json: body }), status);
      const after = await server.countRows();
      expect(after).toEqual(before);
      return problem;
    };
    const clone = (): ExportBody => JSON.parse(JSON.stringify(file)) as ExportBody;
    const resealed = (f: ExportBody) => ({ ...f, integrity: integrityOf(f as never) });

    it('refuses a tampered file: nothing is imported', async () => {
      const tampered = clone();
      (tampered.data.experiments[0] as { actualSuds: number }).actualSuds = 99;
      expect((await tryImport(tampered, 422)).detail).toMatch(/changed after it was exported/);
    });

    it.each([
      ['not an export', { hello: 'world' }, 'format'],
      ['a newer version', { version: 2 }, 'version'],
      ['an out-of-range value', { data: 'suds' }, 'data.ladderRungs.0.suds'],
      ['an unknown column', { data: 'column' }, 'data.ladderRungs.0.extra'],
      ['a bad time zone', { account: { displayName: null, timeZone: 'Mars/Olympus' } }, 'account.timeZone'],
    ] as const)('refuses %s with a problem naming the field', async (_name, change, field) => {
      let body: unknown;
      if ('hello' in change) body = change;
      else if ('version' in change) body = { ...clone(), ...change };
      else if ('account' in change) body = resealed({ ...clone(), account: change.account });
      else {
        const f = clone();
        const rung = f.data.ladderRungs[0] as Record<string, unknown>;
        if (change.data === 'suds') rung.suds = 101;
        else rung.extra = 1;
        body = resealed(f);
      }
      const problem = await tryImport(body, 422);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    });

    it('refuses records that do not fit together, even with a recomputed integrity', async () => {
      const dangling = clone();
      (dangling.data.experiments[0] as { rungId: string }).rungId = '0195f1a4-7c2e-7cc0-9d1e-aaaaaaaaaaaa';
      expect((await tryImport(resealed(dangling), 422)).detail).toMatch(/ladder step that is not in the file/);
      const twoRuns = clone();
      twoRuns.data.challengeRuns.push({ ...(twoRuns.data.challengeRuns[0] as object), id: '0195f1a4-7c2e-7cc0-9d1e-bbbbbbbbbbbb' });
      expect((await tryImport(resealed(twoRuns), 422)).detail).toMatch(/two running/);
    });

    it('refuses a questionnaire whose answers or flags were edited, so the item-9 crisis path cannot be dropped', async () => {
      const phq = (f: ExportBody) => f.data.measureEntries!.find((e) => (e as { measure: string }).measure === 'phq9') as Record<string, unknown>;
      const hidden = clone();
      phq(hidden).answers = JSON.stringify([1, 0, 1, 0, 1, 0, 1, 0, 2]);
      expect((await tryImport(resealed(hidden), 422)).detail).toMatch(/crisis flag does not match/);
      const broken = clone();
      phq(broken).answers = JSON.stringify([7, 7]);
      expect((await tryImport(resealed(broken), 422)).detail).toMatch(/not a valid form/);
      // The same for the safety questions: a self-harm answer without its crisis event is refused.
      const screening = clone();
      (screening.data.screenings![0] as Record<string, unknown>).selfHarmThoughts = 1;
      expect((await tryImport(resealed(screening), 422)).detail).toMatch(/missing the crisis event/);
      const complete = clone();
      phq(complete).complete = 1;
      expect((await tryImport(resealed(complete), 422)).detail).toMatch(/completeness/);
    });

    it('imports into an account that has only answered the safety questions, keeping those answers', async () => {
      const moved = await startTestServer({ clock });
      try {
        const fresh = moved.client();
        await fresh.signUp();
        await fresh.request('PUT', '/api/safety/screening', { json: { answers: ALL_CLEAR } });
        await fresh.request('GET', '/api/today');
        const res = await fresh.request('POST', '/api/import', { json: file });
        expect(res.status, res.text).toBe(201);
        const again = JSON.parse((await fresh.request('GET', '/api/export')).text) as ExportBody;
        expect(again.data.experiments).toEqual(file.data.experiments);
        expect(again.data.screenings!.length).toBe(file.data.screenings!.length + 1);
      } finally {
        await moved.stop();
      }
    });

    it('imports only into a fresh account, and not twice on one server', async () => {
      // Into the same server, the ids are taken.
      expect((await tryImport(file, 409)).type).toBe('/problems/import-duplicate');
      const busy = server.client();
      await busy.signUp();
      await busy.request('POST', '/api/ladder/rungs', { json: { title: 'Mine', suds: 20 } });
      expect(expectProblem(await busy.request('POST', '/api/import', { json: file }), 409).type).toBe('/problems/import-not-empty');
    });
  });
});

describe(`CSV, FHIR and the calendar feed (${ENGINE})`, () => {
  const clock = fixedClock(new Date('2026-06-10T15:00:00Z'));
  let server: TestServer;
  let person: ApiClient;
  beforeAll(async () => {
    server = await startTestServer({ clock });
    person = await busyPerson(server, clock);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('gives experiments and questionnaires as CSV, quoting and defusing formulas', async () => {
    const res = await person.request('GET', '/api/export/experiments.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = res.text.split('\r\n');
    expect(lines[0]).toMatch(/^id,date,occurred_at,time_zone,title,/);
    expect(res.text).toContain(",'=1+1 they sigh,");
    expect(res.text).toContain('"Line one\nline two, with ""quotes"""');
    expect(res.text).toContain('planned');
    const q = await person.request('GET', '/api/export/questionnaires.csv');
    const rows = q.text.trim().split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/^id,questionnaire,taken_at,recorded_at,complete,score,band,item_1,/);
    expect(q.text).toContain(',arsq,');
    expect(q.text).toContain('3/4');
  });

  it('gives a FHIR R4 bundle with LOINC codes and scores of the standing entries', async () => {
    const res = await person.request<{ resourceType: string; type: string; entry: { resource: Record<string, unknown> }[] }>('GET', '/api/export/fhir');
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = JSON.parse(res.text) as { resourceType: string; entry: { resource: { resourceType: string; code?: { coding: { code: string }[] }; valueInteger?: number } }[] };
    expect(bundle.resourceType).toBe('Bundle');
    const observations = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Observation');
    const gad = observations.find((o) => o.code?.coding.some((c) => c.code === '70274-6'));
    expect(gad?.valueInteger).toBe(8);
    expect(observations).toHaveLength(2); // GAD-7 (the correction, not the original) and the A-RSQ; the PHQ-9 is unfinished
    const responses = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'QuestionnaireResponse');
    expect(responses).toHaveLength(3);
  });

  it('serves a private calendar feed that an independent parser reads, with no personal text unless opted in, revocable at once', async () => {
    expect((await person.request<{ active: boolean }>('GET', '/api/calendar')).body.active).toBe(false);
    const created = await person.request<{ path: string }>('POST', '/api/calendar', { json: { includePersonalText: false } });
    expect(created.status).toBe(201);
    const anonymous = server.client();
    const feed = await anonymous.request('GET', created.body.path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const summaries = events.map((e) => e.summary);
    expect(summaries).toContain('Rest day');
    expect(summaries.some((s) => /GAD-7/.test(s))).toBe(true);
    const planned = events.find((e) => e.uid.startsWith('planned-'));
    expect(planned).toBeDefined();
    expect(planned!.startDate.toJSDate().toISOString()).toBe(new Date(Date.parse('2026-06-10T15:00:00Z') + 2 * DAY).toISOString());
    expect(feed.text).not.toContain('neighbour');
    expect(feed.text).not.toContain('shaky');

    const withText = await person.request<{ path: string }>('POST', '/api/calendar', { json: { includePersonalText: true } });
    expect((await anonymous.request('GET', withText.body.path)).text).toContain('neighbour');
    // The earlier address stopped working when a new one was made; turning it off stops the new one.
    expectProblem(await anonymous.request('GET', created.body.path), 404);
    expect((await person.request('DELETE', '/api/calendar')).status).toBe(204);
    expectProblem(await anonymous.request('GET', withText.body.path), 404);
    expectProblem(await anonymous.request('GET', '/api/calendar/feed/not-a-real-token-at-all-000000'), 404);
    // Only a hash of the token is stored.
    const stored = await server.database.db.selectFrom('calendarTokens').select('tokenHash').execute();
    expect(JSON.stringify(stored)).not.toContain(withText.body.path.split('/').pop());
  });
});

describe(`deleting an account removes every row the person owns (${ENGINE})`, () => {
  const clock = fixedClock(new Date('2026-06-10T15:00:00Z'));
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('counts rows per table before and after: only the person’s go, the other person’s and the clinician’s stay', async () => {
    const person = await busyPerson(server, clock);
    const other = await busyPerson(server, clock);
    const clinician = server.client();
    await clinician.signUpClinician();
    for (const p of [person, other]) {
      const { code } = (await p.request<{ code: string }>('POST', '/api/invitations', { json: { scopes: ['practice', 'safety'] } })).body;
      const { connectionId } = (await clinician.request<{ connectionId: string }>('POST', '/api/clinician/connections', { json: { code } })).body;
      await clinician.request('GET', `/api/clinician/people/${connectionId}`);
      await clinician.request('POST', `/api/clinician/people/${connectionId}/assignments`, { json: { kind: 'rung', title: 'Ask for the bill', suds: 30 } });
      const exp = (await p.request<{ experiments: { id: string }[] }>('GET', '/api/experiments')).body.experiments[0]!;
      await clinician.request('POST', `/api/clinician/people/${connectionId}/feedback`, { json: { experimentId: exp.id, text: 'Good' } });
      await p.request('POST', '/api/invitations', { json: { scopes: ['measures'] } });
      await p.request('POST', '/api/calendar', { json: { includePersonalText: false } });
    }
    const count = async (userId: string) => {
      const counts = {} as Record<string, number>;
      for (const { table, ownerColumn } of OWNED_TABLES) {
        counts[table] = (await server.database.db.selectFrom(table as keyof DB).selectAll().where(ownerColumn as never, '=', userId as never).execute()).length;
      }
      return counts;
    };
    const mine = await count(person.userId!);
    // The test is only as good as its data: the person has rows in every owned table.
    for (const { table } of OWNED_TABLES) expect(mine[table], table).toBeGreaterThan(0);
    const before = await server.countRows();
    const theirs = await count(other.userId!);
    const clinicianSessions = await count(clinician.userId!);

    expect((await person.request('DELETE', '/api/me', { json: { password: GOOD_PASSWORD } })).status).toBe(204);

    const after = await server.countRows();
    for (const { table } of OWNED_TABLES) expect(after[table as keyof DB], table).toBe(before[table as keyof DB] - mine[table]!);
    expect(after.users).toBe(before.users - 1);
    expect(Object.values(await count(person.userId!)).every((n) => n === 0)).toBe(true);
    expect(await count(other.userId!)).toEqual(theirs);
    expect(await count(clinician.userId!)).toEqual(clinicianSessions);
    // The clinician's connection ended with the account; the other person's stays.
    const people = (await clinician.request<{ people: unknown[] }>('GET', '/api/clinician/people')).body.people;
    expect(people).toHaveLength(1);
    // Signed out for good: the old session no longer works, and the password no longer signs in.
    expectProblem(await person.request('GET', '/api/me'), 401);
    expectProblem(await server.client().request('POST', '/api/auth/sign-in', { json: { email: person.email, password: GOOD_PASSWORD } }), 401);
  });
});
