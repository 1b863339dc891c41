import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeRun, Experiment, Ladder, Progress, Rung, Today } from '@ask-anyway/core';
import { catalogue } from '@ask-anyway/core';
import { fixedClock } from '../../lib/clock.js';
import { ENGINE, expectProblem, startTestServer, ALL_CLEAR, type ApiClient, type TestServer } from '../../test-support/harness.js';

const slugAt = (difficulty: number) => catalogue.find((c) => c.difficulty >= difficulty)!.slug;

describe(`the practice API (${ENGINE})`, () => {
  // 2026-03-20 12:00 UTC; the person lives in Sydney (UTC+11 in March).
  const clock = fixedClock(new Date('2026-03-20T12:00:00Z'));
  let server: TestServer;
  let sam: ApiClient;
  let kim: ApiClient;
  beforeAll(async () => {
    server = await startTestServer({ clock });
    sam = server.client();
    kim = server.client();
    await sam.signUp();
    await kim.signUp();
    await sam.request('PATCH', '/api/me', { json: { timeZone: 'Australia/Sydney' } });
    for (const person of [sam, kim]) {
      await person.request('PUT', '/api/safety/screening', { json: { answers: ALL_CLEAR } });
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe('ladder', () => {
    let low: Rung;
    let high: Rung;

    it('adds rungs from the catalogue and in my own words, sorted easiest first', async () => {
      const slug = slugAt(40);
      const fromCatalogue = await sam.request<Rung>('POST', '/api/ladder/rungs', { json: { challengeSlug: slug, suds: 45 } });
      expect(fromCatalogue.status).toBe(201);
      expect(fromCatalogue.body.title).toBe(catalogue.find((c) => c.slug === slug)!.title);
      high = (await sam.request<Rung>('POST', '/api/ladder/rungs', { json: { title: 'Ask my manager for feedback', suds: 80 } })).body;
      low = (await sam.request<Rung>('POST', '/api/ladder/rungs', { json: { title: 'Ask a stranger the time', suds: 15 } })).body;
      const ladder = await sam.request<Ladder>('GET', '/api/ladder');
      expect(ladder.body.rungs.map((r) => r.suds)).toEqual([15, 45, 80]);
      expect(ladder.body.rungs.every((r) => r.mastery === 'not-started' && r.attempts === 0)).toBe(true);
    });

    it('points out steps bigger than 20 with catalogue suggestions inside them', async () => {
      const ladder = (await sam.request<Ladder>('GET', '/api/ladder')).body;
      expect(ladder.gaps.map((g) => [g.from, g.to])).toEqual([
        [15, 45],
        [45, 80],
      ]);
      for (const gap of ladder.gaps) {
        expect(gap.suggestions.length).toBeGreaterThan(0);
        for (const s of gap.suggestions) expect(s.difficulty > gap.from && s.difficulty < gap.to).toBe(true);
      }
    });

    it('re-rates and renames a rung', async () => {
      const res = await sam.request<Rung>('PATCH', `/api/ladder/rungs/${high.id}`, { json: { suds: 70, title: 'Ask my manager for honest feedback' } });
      expect(res.body).toMatchObject({ suds: 70, title: 'Ask my manager for honest feedback' });
    });

    it('refuses bad rungs, naming the field, and writes nothing', async () => {
      const before = await server.countRows();
      const cases: [unknown, string][] = [
        [{ suds: 30 }, 'title'],
        [{ title: 'x', suds: 101 }, 'suds'],
        [{ title: 'x', suds: 12.5 }, 'suds'],
        [{ title: 'x', suds: '40' }, 'suds'],
        [{ challengeSlug: 'no-such-challenge', suds: 40 }, 'challengeSlug'],
        [{ title: 'y'.repeat(121), suds: 40 }, 'title'],
        [{ title: 'x', suds: 40, position: 1 }, 'position'],
      ];
      for (const [json, field] of cases) {
        const problem = expectProblem(await sam.request('POST', '/api/ladder/rungs', { json }), 422);
        expect(problem.errors?.map((e) => e.field), JSON.stringify(json)).toContain(field);
      }
      expect(await server.countRows()).toEqual(before);
    });

    it("gives another person 404 for my rungs and shows them nothing of mine", async () => {
      expectProblem(await kim.request('PATCH', `/api/ladder/rungs/${low.id}`, { json: { suds: 5 } }), 404);
      expectProblem(await kim.request('DELETE', `/api/ladder/rungs/${low.id}`), 404);
      const theirs = await kim.request<Ladder>('GET', '/api/ladder');
      expect(theirs.body.rungs).toEqual([]);
      const mine = await sam.request<Ladder>('GET', '/api/ladder');
      expect(mine.body.rungs.find((r) => r.id === low.id)!.suds).toBe(15);
    });

    it('tracks attempts and mastery on a rung', async () => {
      for (let i = 0; i < 3; i++) {
        clock.advance(60_000);
        const res = await sam.request('POST', '/api/experiments', {
          json: { rungId: low.id, expectedSuds: 40, outcome: 'rejected', actualSuds: 20, fearedHappened: 'no', beliefAfter: 10 },
        });
        expect(res.status).toBe(201);
      }
      const rung = (await sam.request<Ladder>('GET', '/api/ladder')).body.rungs.find((r) => r.id === low.id)!;
      expect(rung).toMatchObject({ attempts: 3, mastery: 'mastered' });
      expect(rung.lastAttemptAt).not.toBeNull();
    });

    it('deleting a rung keeps its experiments, unlinked', async () => {
      const temp = (await sam.request<Rung>('POST', '/api/ladder/rungs', { json: { title: 'Temporary', suds: 50 } })).body;
      const exp = (await sam.request<Experiment>('POST', '/api/experiments', { json: { rungId: temp.id, outcome: 'accepted' } })).body;
      expect(exp.title).toBe('Temporary');
      expect((await sam.request('DELETE', `/api/ladder/rungs/${temp.id}`)).status).toBe(204);
      const after = await sam.request<Experiment>('GET', `/api/experiments/${exp.id}`);
      expect(after.body.rungId).toBeNull();
      expect(after.body.title).toBe('Temporary');
    });
  });

  describe('experiments', () => {
    let planned: Experiment;

    it('plans an experiment (the before), then logs the after', async () => {
      const slug = slugAt(35);
      const plan = {
        challengeSlug: slug,
        fearedConsequence: "They'll look at me like I'm weird and I'll feel stupid for days",
        beliefBefore: 80,
        expectedSuds: 70,
        safetyBehavioursToDrop: ['over-apologise', 'excuse-ready'],
        safetyBehavioursOther: 'Fiddling with my keys',
      };
      // Expecting 70 is above the rails for Sam right now: a heads-up first, saved once confirmed.
      const rowsBefore = await server.countRows();
      const headsUp = expectProblem(await sam.request('POST', '/api/experiments', { json: plan }), 409);
      expect(headsUp.type).toBe('/problems/heads-up');
      expect(headsUp.detail).toContain('your choice');
      expect(await server.countRows()).toEqual(rowsBefore);
      const before = await sam.request<Experiment>('POST', '/api/experiments', { json: { ...plan, headsUpConfirmed: true } });
      expect(before.status).toBe(201);
      planned = before.body;
      expect(planned).toMatchObject({ outcome: null, actualSuds: null, quick: false, aboveRails: true, timeZone: 'Australia/Sydney' });
      // 12:00 UTC on the 20th is 23:00 on the 20th in Sydney.
      expect(planned.localDate).toBe('2026-03-20');

      const after = await sam.request<Experiment>('PATCH', `/api/experiments/${planned.id}`, {
        json: {
          outcome: 'rejected',
          actualSuds: 40,
          fearedHappened: 'no',
          beliefAfter: 25,
          safetyBehavioursUsed: ['excuse-ready'],
          learned: 'They just said no and smiled. I was fine a minute later.',
        },
      });
      expect(after.status).toBe(200);
      expect(after.body).toMatchObject({ outcome: 'rejected', actualSuds: 40, beliefBefore: 80, beliefAfter: 25, safetyBehavioursUsed: ['excuse-ready'] });
      expect(after.body.safetyBehavioursToDrop).toEqual(['over-apologise', 'excuse-ready']);
    });

    it('quick-logs in one call', async () => {
      const res = await sam.request<Experiment>('POST', '/api/experiments', { json: { challengeSlug: slugAt(20), outcome: 'accepted', quick: true } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ quick: true, outcome: 'accepted', expectedSuds: null });
    });

    it('pages history newest first with a cursor', async () => {
      const first = await sam.request<{ experiments: Experiment[]; nextCursor: string | null }>('GET', '/api/experiments?limit=2');
      expect(first.body.experiments).toHaveLength(2);
      expect(first.body.nextCursor).not.toBeNull();
      const rest = await sam.request<{ experiments: Experiment[]; nextCursor: string | null }>(
        'GET',
        `/api/experiments?limit=50&cursor=${first.body.nextCursor}`,
      );
      const all = [...first.body.experiments, ...rest.body.experiments];
      expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
      const times = all.map((e) => e.occurredAt);
      expect(times).toEqual([...times].sort().reverse());
      expectProblem(await sam.request('GET', '/api/experiments?cursor=garbage'), 422);
      expectProblem(await sam.request('GET', '/api/experiments?limit=0'), 422);
      expectProblem(await sam.request('GET', '/api/experiments?limit=abc'), 422);
    });

    it('refuses bad experiments, naming the field, and writes nothing', async () => {
      const before = await server.countRows();
      const cases: [unknown, string][] = [
        [{}, 'title'],
        [{ title: 'x', outcome: 'maybe' }, 'outcome'],
        [{ title: 'x', beliefBefore: -1 }, 'beliefBefore'],
        [{ title: 'x', safetyBehavioursToDrop: ['hiding'] }, 'safetyBehavioursToDrop.0'],
        [{ title: 'x', timeZone: 'Mars/Base' }, 'timeZone'],
        [{ title: 'x', occurredAt: 'yesterday' }, 'occurredAt'],
        [{ title: 'x', rungId: 'not-an-id' }, 'rungId'],
        [{ title: 'x', learned: 'z'.repeat(1001) }, 'learned'],
        [{ challengeSlug: 'made-up' }, 'challengeSlug'],
      ];
      for (const [json, field] of cases) {
        const problem = expectProblem(await sam.request('POST', '/api/experiments', { json }), 422);
        expect(problem.errors?.map((e) => e.field), JSON.stringify(json)).toContain(field);
      }
      expectProblem(await sam.request('PATCH', `/api/experiments/${planned.id}`, { json: {} }), 422);
      expect(await server.countRows()).toEqual(before);
    });

    it("cannot attach an experiment to someone else's rung", async () => {
      const theirRung = (await kim.request<Rung>('POST', '/api/ladder/rungs', { json: { title: 'Kim’s rung', suds: 30 } })).body;
      const before = await server.countRows();
      const problem = expectProblem(await sam.request('POST', '/api/experiments', { json: { rungId: theirRung.id, outcome: 'rejected' } }), 422);
      expect(problem.errors?.[0]?.field).toBe('rungId');
      expectProblem(await sam.request('PATCH', `/api/experiments/${planned.id}`, { json: { rungId: theirRung.id } }), 422);
      expect(await server.countRows()).toEqual(before);
    });

    it("gives another person 404 for my experiment on every route", async () => {
      expectProblem(await kim.request('GET', `/api/experiments/${planned.id}`), 404);
      expectProblem(await kim.request('PATCH', `/api/experiments/${planned.id}`, { json: { outcome: 'accepted' } }), 404);
      expectProblem(await kim.request('DELETE', `/api/experiments/${planned.id}`), 404);
      const list = await kim.request<{ experiments: Experiment[] }>('GET', '/api/experiments');
      expect(list.text).not.toContain(planned.id);
      expect((await sam.request<Experiment>('GET', `/api/experiments/${planned.id}`)).body.outcome).toBe('rejected');
    });

    it('edits and deletes my own', async () => {
      const created = (await sam.request<Experiment>('POST', '/api/experiments', { json: { title: 'Ask for a table by the window', outcome: 'not-done' } })).body;
      const edited = await sam.request<Experiment>('PATCH', `/api/experiments/${created.id}`, {
        json: { outcome: 'accepted', actualSuds: 35, occurredAt: '2026-03-19T21:00:00Z', timeZone: 'UTC' },
      });
      expect(edited.body).toMatchObject({ outcome: 'accepted', localDate: '2026-03-19', timeZone: 'UTC' });
      expect((await sam.request('DELETE', `/api/experiments/${created.id}`)).status).toBe(204);
      expectProblem(await sam.request('GET', `/api/experiments/${created.id}`), 404);
    });
  });

  describe('the game, Today and the 30-day challenge', () => {
    it('counts asks, rejections, yeses and not-done without blame', async () => {
      const progress = (await sam.request<Progress>('GET', '/api/progress')).body;
      // 3 rung attempts (rejected) + the temporary one (accepted) + the planned one (rejected) + quick (accepted)
      expect(progress.stats).toMatchObject({ asks: 6, rejections: 4, acceptances: 2, notDone: 0, unexpectedYeses: 2 });
      expect(progress.stats.unexpectedYesShare).toBeCloseTo(2 / 6);
    });

    it('shows anticipation vs reality in words', async () => {
      const progress = (await sam.request<Progress>('GET', '/api/progress')).body;
      // Rung attempts: 40 → 20 (×3); planned one: 70 → 40. Mean gap = (20+20+20+30)/4 = 22.5 → 23.
      expect(progress.anticipation.points).toHaveLength(4);
      expect(progress.anticipation.averageGap).toBe(23);
      expect(progress.anticipation.sentence).toBe('On average over 4 asks, it felt 23 points less bad than you expected.');
    });

    it('keeps a streak over a planned rest day, by my local day', async () => {
      // Today in Sydney is the 20th (asks logged). Rest tomorrow, then ask on the 22nd.
      expect((await sam.request('POST', '/api/rest-days', { json: { date: '2026-03-21' } })).status).toBe(201);
      clock.set(new Date('2026-03-21T22:30:00Z')); // 09:30 on the 22nd in Sydney
      await sam.request('POST', '/api/experiments', { json: { title: 'Ask a barista for their favourite drink', outcome: 'accepted', quick: true } });
      const today = (await sam.request<Today>('GET', '/api/today')).body;
      expect(today.today).toBe('2026-03-22');
      expect(today.streak).toMatchObject({ current: 2, todayDone: true });
      expectProblem(await sam.request('POST', '/api/rest-days', { json: { date: '2026-02-30' } }), 422);
      expectProblem(await sam.request('DELETE', '/api/rest-days/2026-03-25'), 404);
      expectProblem(await kim.request('DELETE', '/api/rest-days/2026-03-21'), 404);
    });

    it('starts the 30-day challenge on my local today with a suggestion near my level', async () => {
      const start = await sam.request<ChallengeRun>('POST', '/api/challenge', { json: {} });
      expect(start.status).toBe(201);
      expect(start.body).toMatchObject({ startedOn: '2026-03-22', day: 1, complete: false });
      expectProblem(await sam.request('POST', '/api/challenge', { json: {} }), 409);
      const today = (await sam.request<Today>('GET', '/api/today')).body;
      expect(today.challenge?.day).toBe(1);
      expect(today.suggestion).not.toBeNull();
      expect(today.suggestion!.reason.length).toBeGreaterThan(10);
      // The same suggestion on a second visit the same day.
      expect((await sam.request<Today>('GET', '/api/today')).body.suggestion!.key).toBe(today.suggestion!.key);
      clock.advance(2 * 24 * 3600_000);
      expect((await sam.request<Today>('GET', '/api/today')).body.challenge?.day).toBe(3);
    });

    it('gives another suggestion when asked, never one already skipped, at most three new a day', async () => {
      const first = (await sam.request<Today>('GET', '/api/today')).body;
      const skip: string[] = [first.suggestion!.key];
      for (let i = 0; i < 2; i++) {
        const res = await sam.request<Today>('GET', `/api/today?skip=${encodeURIComponent(skip.join(','))}`);
        expect(skip).not.toContain(res.body.suggestion!.key);
        skip.push(res.body.suggestion!.key);
      }
      const capped = (await sam.request<Today>('GET', `/api/today?skip=${encodeURIComponent(skip.join(','))}`)).body;
      expect(capped.pacing.status).toBe('daily-cap');
      expect(capped.pacing.suggestionsLeft).toBe(0);
      expect(capped.suggestion).toBeNull();
      // A plain visit still shows one of today's suggestions again.
      const again = (await sam.request<Today>('GET', '/api/today')).body;
      expect(skip).toContain(again.suggestion!.key);
      // Once it is done, it is not offered again today.
      const done = again.suggestion!;
      await sam.request('POST', '/api/experiments', {
        json: { ...(done.rungId ? { rungId: done.rungId } : { challengeSlug: done.challengeSlug }), outcome: 'accepted', quick: true },
      });
      const afterDone = (await sam.request<Today>('GET', '/api/today')).body;
      expect(afterDone.suggestion?.key).not.toBe(done.key);
      expectProblem(await sam.request('GET', '/api/today?seed=-4'), 422);
      expectProblem(await sam.request('GET', '/api/today?colour=blue'), 422);
    });

    it('ends the challenge kindly and lets a new one start', async () => {
      expect((await sam.request('DELETE', '/api/challenge')).status).toBe(204);
      expectProblem(await sam.request('DELETE', '/api/challenge'), 404);
      expect((await sam.request('POST', '/api/challenge', { json: {} })).status).toBe(201);
    });

    it('keeps Today and progress separate per person', async () => {
      const theirs = (await kim.request<Today>('GET', '/api/today')).body;
      expect(theirs.challenge).toBeNull();
      expect(theirs.stats.asks).toBe(0);
      expect(theirs.streak.current).toBe(0);
    });

    it('serves the catalogue publicly', async () => {
      const res = await server.client().request<{ challenges: unknown[]; version: string }>('GET', '/api/catalogue');
      expect(res.body.challenges.length).toBe(catalogue.length);
    });
  });

  it('deleting my account removes my ladder, experiments, rest days and challenge', async () => {
    const { OWNED_TABLES } = await import('../../db/schema.js');
    const { GOOD_PASSWORD } = await import('../../test-support/harness.js');
    const id = sam.userId!;
    expect((await sam.request('DELETE', '/api/me', { json: { password: GOOD_PASSWORD } })).status).toBe(204);
    for (const { table, ownerColumn } of OWNED_TABLES) {
      const rows = await server.database.db.selectFrom(table).selectAll().where(ownerColumn, '=', id).execute();
      expect(rows, table).toHaveLength(0);
    }
    expect((await kim.request<Ladder>('GET', '/api/ladder')).body.rungs).toHaveLength(1);
  });
});
