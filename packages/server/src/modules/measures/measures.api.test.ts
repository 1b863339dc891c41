import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureEntry, MeasuresOverview, Progress, Report, SafetyEvent, SafetyState, Today } from '@ask-anyway/core';
import { fixedClock } from '../../lib/clock.js';
import { ALL_CLEAR, ENGINE, expectProblem, startTestServer, type ApiClient, type TestServer } from '../../test-support/harness.js';

const DAY = 86_400_000;

describe(`measures: questionnaires, corrections, change, the crisis path (${ENGINE})`, () => {
  const clock = fixedClock(new Date('2026-05-04T09:00:00Z'));
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const person = async () => {
    const client = server.client();
    await client.signUp();
    await client.request<SafetyState>('PUT', '/api/safety/screening', { json: { answers: ALL_CLEAR } });
    return client;
  };
  const submit = (client: ApiClient, json: object) => client.request<MeasureEntry>('POST', '/api/measures/entries', { json });
  const overview = async (client: ApiClient) => (await client.request<MeasuresOverview>('GET', '/api/measures')).body;
  const gad7 = (total: number) => {
    // Spread a total over the seven items (each 0–3).
    const answers = Array.from({ length: 7 }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));
    expect(answers.reduce((a, b) => a + b, 0)).toBe(total);
    return { measure: 'gad7', answers };
  };

  it('offers baselines first, scores by the published rules, and offers a follow-up 14 days later', async () => {
    const client = await person();
    let o = await overview(client);
    expect(o.due.map((d) => [d.measure, d.due, d.reason])).toEqual([
      ['gad7', true, 'baseline'],
      ['phq9', true, 'baseline'],
      ['arsq', true, 'baseline'],
    ]);

    const first = await submit(client, { ...gad7(12), difficulty: 1 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ measure: 'gad7', complete: true, score: 12, band: 'moderate', difficulty: 1, crisisFlag: false });
    const phq = await submit(client, { measure: 'phq9', answers: [1, 1, 1, 1, 1, 0, 0, 0, 0] });
    expect(phq.body).toMatchObject({ score: 5, band: 'mild', crisisFlag: false });
    const arsq = await submit(client, {
      measure: 'arsq',
      answers: [
        ...Array.from({ length: 8 }, () => ({ concern: 2, expectancy: 5 })),
        { concern: 6, expectancy: 1 },
      ],
    });
    // (8 × 2·2 + 6·6) / 9 = 68 / 9 = 7.56
    expect(arsq.body).toMatchObject({ complete: true, score: 7.56, band: null });

    o = await overview(client);
    expect(o.due.every((d) => !d.due)).toBe(true);
    expect(o.due[0]!.nextAt).toBe(new Date(Date.parse(first.body.takenAt) + 14 * DAY).toISOString());

    clock.advance(13 * DAY);
    expect((await overview(client)).due.some((d) => d.due)).toBe(false);
    clock.advance(1 * DAY);
    o = await overview(client);
    expect(o.due.find((d) => d.measure === 'gad7')).toMatchObject({ due: true, reason: 'follow-up' });

    await submit(client, gad7(7));
    o = await overview(client);
    const summary = o.summaries.find((s) => s.measure === 'gad7')!;
    expect(summary).toMatchObject({ change: 'reliably better', reliablePoints: 4, suggestProfessional: false });
    expect(summary.baseline!.score).toBe(12);
    expect(summary.latest!.score).toBe(7);
    expect(summary.series.map((p) => p.score)).toEqual([12, 7]);
    expect(o.due.find((d) => d.measure === 'gad7')!.due).toBe(false);

    clock.advance(14 * DAY);
    await submit(client, gad7(16));
    const worse = (await overview(client)).summaries.find((s) => s.measure === 'gad7')!;
    expect(worse).toMatchObject({ change: 'reliably worse', suggestProfessional: true });
  });

  it('keeps an incomplete form without scoring it, and it does not count as a baseline', async () => {
    const client = await person();
    const res = await submit(client, { measure: 'gad7', answers: [3, 3, 3, 3, 3, 3, null] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ complete: false, score: null, band: null });
    const o = await overview(client);
    expect(o.due.find((d) => d.measure === 'gad7')).toMatchObject({ due: true, reason: 'baseline' });
    expect(o.summaries.find((s) => s.measure === 'gad7')!.series).toEqual([]);
  });

  it('offers a questionnaire at the end of a 30-day challenge', async () => {
    const client = await person();
    await submit(client, gad7(8));
    await client.request('POST', '/api/challenge', { json: { timeZone: 'UTC' } });
    clock.advance(10 * DAY);
    await submit(client, gad7(8));
    clock.advance(19 * DAY); // day 30 of the challenge
    const o = await overview(client);
    expect(o.due.find((d) => d.measure === 'gad7')).toMatchObject({ due: true, reason: 'challenge-end' });
    await submit(client, gad7(6));
    expect((await overview(client)).due.find((d) => d.measure === 'gad7')!.due).toBe(false);
  });

  it('never changes a completed questionnaire: a correction is a new dated entry that counts instead', async () => {
    const client = await person();
    const original = (await submit(client, gad7(10))).body;
    clock.advance(60_000);
    const correction = await submit(client, { ...gad7(9), corrects: original.id });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({ correctsId: original.id, takenAt: original.takenAt, score: 9 });
    expect(correction.body.createdAt > original.createdAt).toBe(true);

    const stored = (await client.request<MeasureEntry>('GET', `/api/measures/entries/${original.id}`)).body;
    expect(stored).toMatchObject({ score: 10, correctedById: correction.body.id, answers: original.answers });
    const list = (await client.request<{ entries: MeasureEntry[] }>('GET', '/api/measures/entries?measure=gad7')).body.entries;
    expect(list.map((e) => e.id)).toEqual([correction.body.id, original.id]);
    const series = (await overview(client)).summaries.find((s) => s.measure === 'gad7')!.series;
    expect(series).toEqual([{ entryId: correction.body.id, score: 9, band: 'mild', takenAt: original.takenAt }]);

    // A second correction of the same entry is refused; correcting the correction is fine.
    const before = await server.countRows();
    expect(expectProblem(await submit(client, { ...gad7(8), corrects: original.id }), 409).type).toBe('/problems/already-corrected');
    expect(await server.countRows()).toEqual(before);
    expect((await submit(client, { ...gad7(8), corrects: correction.body.id })).status).toBe(201);
    // A correction must be of the same questionnaire.
    const wrong = expectProblem(await submit(client, { measure: 'phq9', answers: Array(9).fill(0), corrects: original.id }), 422);
    expect(wrong.errors?.[0]?.field).toBe('corrects');
  });

  it('stores a retried submission once', async () => {
    const client = await person();
    const id = '0195f1a4-7c2e-7cc0-9d1e-3a1b2c3d4e5f';
    const a = await submit(client, { ...gad7(4), id });
    const b = await submit(client, { ...gad7(4), id });
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.body.id).toBe(id);
    const list = (await client.request<{ entries: MeasureEntry[] }>('GET', '/api/measures/entries')).body.entries;
    expect(list.filter((e) => e.id === id)).toHaveLength(1);
  });

  describe('PHQ-9 item 9', () => {
    const withItem9 = (value: number, rest: (number | null)[] = [0, 0, 0, 0, 0, 0, 0, 0]) => ({ measure: 'phq9', answers: [...rest, value] });

    it('opens the crisis path at once, pauses suggestions until a later safe check-in, and flags the entry', async () => {
      const client = await person();
      expect((await client.request<Today>('GET', '/api/today')).body.pacing.status).toBe('open');
      const res = await submit(client, withItem9(1));
      expect(res.body.crisisFlag).toBe(true);
      const state = (await client.request<SafetyState>('GET', '/api/safety')).body;
      expect(state.pausedFor).toBe('crisis');
      const today = (await client.request<Today>('GET', '/api/today')).body;
      expect(today.pacing.status).toBe('paused-crisis');
      expect(today.suggestion).toBeNull();
      const events = (await client.request<{ events: SafetyEvent[] }>('GET', '/api/safety/events')).body.events;
      expect(events[0]).toMatchObject({ kind: 'crisis-answer' });
      expect(events[0]!.note).toMatch(/PHQ-9/);

      // Not lifted by correcting the answer to 0, nor by a new questionnaire: only by a later check-in.
      clock.advance(60_000);
      await submit(client, { ...withItem9(0), corrects: res.body.id });
      await submit(client, gad7(0));
      expect((await client.request<Today>('GET', '/api/today')).body.pacing.status).toBe('paused-crisis');
      const original = (await client.request<MeasureEntry>('GET', `/api/measures/entries/${res.body.id}`)).body;
      expect(original.crisisFlag).toBe(true);
      clock.advance(60_000);
      await client.request('POST', '/api/safety/check-in', { json: { safe: true } });
      expect((await client.request<Today>('GET', '/api/today')).body.pacing.status).toBe('open');
    });

    it('opens it even when the rest of the form is unanswered, and a retry does not bypass it', async () => {
      const client = await person();
      const id = '0195f1a4-7c2e-7cc0-9d1e-000000000009';
      const first = await submit(client, { ...withItem9(3, [null, null, null, null, null, null, null, null]), id });
      expect(first.body).toMatchObject({ complete: false, score: null, crisisFlag: true });
      await submit(client, { ...withItem9(3, [null, null, null, null, null, null, null, null]), id });
      const events = (await client.request<{ events: SafetyEvent[] }>('GET', '/api/safety/events')).body.events;
      expect(events.filter((e) => e.kind === 'crisis-answer')).toHaveLength(1);
      expect((await client.request<SafetyState>('GET', '/api/safety')).body.pausedFor).toBe('crisis');
    });

    it('is all or nothing: a refused submission records no crisis event and no entry', async () => {
      const client = await person();
      const before = await server.countRows();
      expectProblem(await submit(client, { measure: 'phq9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 4] }), 422);
      expect(await server.countRows()).toEqual(before);
    });
  });

  it('refuses bad input with a problem naming the field and writes nothing', async () => {
    const client = await person();
    const before = await server.countRows();
    const cases: [object, string][] = [
      [{ measure: 'spin', answers: [] }, 'measure'],
      [{ measure: 'gad7', answers: [0, 0, 0] }, 'answers'],
      [{ measure: 'gad7', answers: [0, 0, 0, 0, 0, 0, 7] }, 'answers.6'],
      [{ measure: 'gad7', answers: [0, 0, 0, 0, 0, 0, 1.5] }, 'answers.6'],
      [{ measure: 'phq9', answers: Array(9).fill(0), difficulty: 9 }, 'difficulty'],
      [{ measure: 'arsq', answers: Array(9).fill({ concern: 0, expectancy: 3 }) }, 'answers.0.concern'],
      [{ measure: 'arsq', answers: Array(9).fill({ concern: 2 }) }, 'answers.0.expectancy'],
      [{ measure: 'gad7', answers: Array(7).fill(0), corrects: 'nope' }, 'corrects'],
      [{ measure: 'gad7', answers: Array(7).fill(0), extra: 1 }, 'extra'],
    ];
    for (const [json, field] of cases) {
      const problem = expectProblem(await submit(client, json), 422);
      expect(problem.errors?.map((e) => e.field), JSON.stringify(json)).toContain(field);
    }
    expect(await server.countRows()).toEqual(before);
  });

  it("shows nobody else's questionnaires, and nobody can correct them", async () => {
    const owner = await person();
    const other = await person();
    const entry = (await submit(owner, { measure: 'phq9', answers: [2, 2, 2, 2, 2, 2, 2, 2, 1] })).body;
    expect(expectProblem(await other.request('GET', `/api/measures/entries/${entry.id}`), 404).detail).not.toContain(entry.id);
    const list = (await other.request<{ entries: MeasureEntry[] }>('GET', '/api/measures/entries')).body;
    expect(list.entries).toEqual([]);
    const o = await overview(other);
    expect(o.summaries.every((s) => s.series.length === 0)).toBe(true);
    const correction = expectProblem(await submit(other, { measure: 'phq9', answers: Array(9).fill(0), corrects: entry.id }), 422);
    expect(correction.errors?.[0]?.field).toBe('corrects');
    expect((await other.request<SafetyState>('GET', '/api/safety')).body.pausedFor).toBeNull();
    const report = (await other.request<Report>('GET', '/api/report')).body;
    expect(JSON.stringify(report)).not.toContain(entry.id);
    // Someone else's client id is a conflict that reveals nothing.
    expectProblem(await submit(other, { measure: 'gad7', answers: Array(7).fill(0), id: entry.id }), 409);
  });

  it('draws progress: peak distress per rung across repetitions and asks per week', async () => {
    const client = await person();
    await client.request('PATCH', '/api/me', { json: { timeZone: 'Europe/London' } });
    const rung = (await client.request<{ id: string }>('POST', '/api/ladder/rungs', { json: { title: 'Ask a stranger for directions', suds: 40 } })).body;
    const log = (peak: number, expected: number) =>
      client.request('POST', '/api/experiments', {
        json: { rungId: rung.id, expectedSuds: expected, outcome: 'rejected', actualSuds: peak, occurredAt: clock.now().toISOString(), timeZone: 'Europe/London' },
      });
    expect((await log(50, 60)).status).toBe(201);
    clock.advance(2 * DAY);
    await log(35, 50);
    clock.advance(8 * DAY);
    await log(20, 40);
    const progress = (await client.request<Progress>('GET', '/api/progress')).body;
    expect(progress.rungs).toEqual([
      expect.objectContaining({ rungId: rung.id, suds: 40, attempts: [expect.objectContaining({ peak: 50, expected: 60 }), expect.objectContaining({ peak: 35 }), expect.objectContaining({ peak: 20 })] }),
    ]);
    expect(progress.weeks.reduce((n, w) => n + w.asks, 0)).toBe(3);
    expect(progress.weeks.length).toBeGreaterThanOrEqual(2);
    for (const w of progress.weeks) expect(new Date(`${w.weekStart}T12:00:00Z`).getUTCDay()).toBe(1);
  });

  it('builds a report for a period with predictions, outcomes, measures and safety events', async () => {
    const client = await person();
    const start = clock.now().toISOString().slice(0, 10);
    await submit(client, gad7(11));
    await client.request('POST', '/api/experiments', {
      json: { title: 'Ask for a discount', fearedConsequence: 'They laugh', beliefBefore: 70, expectedSuds: 45, outcome: 'accepted', actualSuds: 25, beliefAfter: 20 },
    });
    await client.request('POST', '/api/safety/events', { json: { kind: 'moment', feeling: 'shaky' } });
    clock.advance(20 * DAY);
    await client.request('POST', '/api/experiments', { json: { title: 'Later ask', outcome: 'rejected' } });
    const end = new Date(Date.parse(start) + 5 * DAY).toISOString().slice(0, 10);
    const report = (await client.request<Report>('GET', `/api/report?from=${start}&to=${end}`)).body;
    expect(report).toMatchObject({ from: start, to: end });
    expect(report.experiments.map((e) => e.title)).toEqual(['Ask for a discount']);
    expect(report.experiments[0]).toMatchObject({ fearedConsequence: 'They laugh', beliefBefore: 70, beliefAfter: 20, expectedSuds: 45, actualSuds: 25 });
    expect(report.measures.find((m) => m.measure === 'gad7')!.latest!.score).toBe(11);
    expect(report.safetyEvents.map((e) => e.feeling)).toEqual(['shaky']);
    const all = (await client.request<Report>('GET', '/api/report')).body;
    expect(all.experiments).toHaveLength(2);
    expect(expectProblem(await client.request('GET', `/api/report?from=${end}&to=${start}`), 422).errors?.[0]?.field).toBe('from');
    expect(expectProblem(await client.request('GET', '/api/report?from=yesterday'), 422).errors?.[0]?.field).toBe('from');
  });
});
