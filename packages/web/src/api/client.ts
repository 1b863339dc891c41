import type {
  ChallengeRun,
  CreateExperimentRequest,
  CreateRungRequest,
  DeleteAccountRequest,
  Experiment,
  FieldError,
  Ladder,
  MeasureEntry,
  MeasureId,
  MeasuresOverview,
  Problem,
  Progress,
  Report,
  Rung,
  SafetyEvent,
  SafetyState,
  ScreeningAnswers,
  SessionState,
  SessionStatus,
  SessionSummary,
  SignInRequest,
  SignUpRequest,
  SubmitMeasureRequest,
  Today,
  UpdateExperimentRequest,
  UpdateRungRequest,
  User,
} from '@ask-anyway/core';
import { applyPatch, experimentFromCreate, mergeHistory, overlay, pendingExperiment } from '../offline/merge';
import {
  clearOutbox,
  configureOutbox,
  enqueue,
  hasWaiting,
  outboxEntries,
  setOutboxUser,
  type OutboxEntry,
  type OutboxMethod,
  type SendResult,
} from '../offline/outbox';
import { CACHE, clear as clearStore, get as getStored, put as putStored } from '../offline/store';
import { CSRF_HEADER, type CatalogueResponse, type ExperimentPage, type SafetyEventDebrief, type SafetyEventRequest } from './contract';

/** Problem type for a request that never got an answer (offline, server down). Not an API type. */
export const NETWORK_PROBLEM = 'about:network';

/**
 * A failed API call, from an RFC 9457 problem body or a network failure (status 0).
 * Forms show `fieldError(name)` beside a field and `message` otherwise.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly fieldErrors: readonly FieldError[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  get isNetwork(): boolean {
    return this.type === NETWORK_PROBLEM;
  }

  /** The first message for a field (`email`, `password`, …), if the server named it. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.detail;
  }
}

const NETWORK_DETAIL = 'We could not reach Ask Anyway. Check your connection and try again.';

/** The CSRF token of the current session, echoed on every write. Lives in memory only. */
let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;

/** Called when an authenticated call answers 401: the session ended elsewhere or expired. */
export function setSignedOutHandler(handler: (() => void) | null): void {
  onSignedOut = handler;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface RequestOptions {
  body?: unknown;
  /** Skip the signed-out handler on 401 (sign-in itself, and the boot session check). */
  expect401?: boolean;
}

/**
 * One call to our own API. Answers are typed by the shared contract, not re-validated here: the
 * server builds them from the same zod schemas, and leaving zod out keeps the app small on a phone.
 */
export async function request<T = void>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (WRITES.has(method) && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, NETWORK_PROBLEM, 'Offline', NETWORK_DETAIL);
  }

  if (!response.ok) {
    const error = await problemFrom(response);
    if (response.status === 401 && !options.expect401) {
      csrfToken = null;
      onSignedOut?.();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function problemFrom(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status line.
  }
  if (isProblem(body)) {
    return new ApiError(body.status, body.type, body.title, body.detail, body.errors ?? [], retryAfterSeconds);
  }
  const detail =
    response.status >= 500
      ? 'Something went wrong on our side. Nothing you sent was lost; please try again.'
      : NETWORK_DETAIL;
  return new ApiError(response.status, 'about:blank', response.statusText || 'Error', detail, [], retryAfterSeconds);
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const p = body as Record<string, unknown>;
  const errorsOk =
    p.errors === undefined ||
    (Array.isArray(p.errors) &&
      p.errors.every((e: unknown) => typeof e === 'object' && e !== null && typeof (e as FieldError).field === 'string' && typeof (e as FieldError).detail === 'string'));
  return (
    typeof p.type === 'string' &&
    typeof p.title === 'string' &&
    typeof p.status === 'number' &&
    (p.detail === undefined || typeof p.detail === 'string') &&
    errorsOk
  );
}

function remember(state: SessionState, fromPhone = false): SessionState {
  csrfToken = state.csrfToken;
  sessionFromPhone = fromPhone;
  setOutboxUser(state.user.id);
  if (!fromPhone) void keep('session', state);
  return state;
}

/** True when the session was read from the phone's copy (the app started offline). */
let sessionFromPhone = false;

/** Keeps the last good answer of a read for offline use; a full or failing store only loses the copy. */
async function keep(key: string, value: unknown): Promise<void> {
  try {
    await putStored(CACHE, value, key);
  } catch {
    // No IndexedDB (private mode, quota): the app still works online.
  }
}

async function kept<T>(key: string): Promise<T | undefined> {
  try {
    return await getStored<T>(CACHE, key);
  } catch {
    return undefined;
  }
}

/**
 * Forgets the copies of this person's data kept for offline use (signed out, another account).
 * Unsent writes stay, tagged with whose they are: they are sent when that person signs in again,
 * and never shown to anyone else. Only erasing the account drops them too.
 */
async function forgetPhoneCopies({ unsentWrites = false } = {}): Promise<void> {
  setOutboxUser(null);
  try {
    await Promise.all([clearStore(CACHE), unsentWrites ? clearOutbox() : Promise.resolve()]);
  } catch {
    // Nothing stored, or no IndexedDB.
  }
}

/**
 * A read that still answers offline: the server's answer when it can be reached (kept on the
 * phone), else the last answer kept. Only a network failure falls back; a 4xx/5xx is shown as is.
 */
async function cachedGet<T>(path: string, key: string = path): Promise<T> {
  try {
    const data = await request<T>('GET', path);
    void keep(key, data);
    return data;
  } catch (error) {
    if (error instanceof ApiError && error.isNetwork) {
      const copy = await kept<T>(key);
      if (copy !== undefined) return copy;
    }
    throw error;
  }
}

function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.isNetwork || error.status >= 500);
}

/**
 * A practice write that is never lost. Online with nothing queued, it is sent straight away (so
 * forms show the server's answer: a validation message, a heads-up). Offline, behind queued writes,
 * or when the send gets no answer or a 5xx, it is stored in the outbox first (committed to
 * IndexedDB before this resolves) and the screen carries on with `optimistic`.
 */
async function durableWrite<T>(
  method: OutboxMethod,
  path: string,
  body: Record<string, unknown> | null,
  meta: { resourceId: string | null; label: string },
  optimistic: () => T | Promise<T>,
): Promise<T> {
  if (navigator.onLine && !hasWaiting()) {
    try {
      return await request<T>(method, path, body === null ? {} : { body });
    } catch (error) {
      // A DELETE that answers 404 has already happened.
      if (method === 'DELETE' && error instanceof ApiError && error.status === 404) return undefined as T;
      if (!isRetryable(error)) throw error;
    }
  }
  await enqueue({ method, path, body, ...meta });
  return optimistic();
}

/** Field names as the forms put them, for the reason a queued write was refused. */
const FIELD_NAMES: Record<string, string> = {
  title: 'What you will ask',
  challengeSlug: 'Challenge',
  rungId: 'Ladder step',
  fearedConsequence: 'What you feared',
  beliefBefore: 'How strongly you believed it',
  expectedSuds: 'Expected distress',
  safetyBehavioursToDrop: 'Safety behaviours to drop',
  safetyBehavioursOther: 'Other safety behaviour',
  outcome: 'What happened',
  actualSuds: 'Peak distress',
  fearedHappened: 'Whether the feared thing happened',
  beliefAfter: 'Belief afterwards',
  safetyBehavioursUsed: 'Safety behaviours used',
  learned: 'What you learned',
  occurredAt: 'When it happened',
  suds: 'How hard it would feel',
};

async function sendQueued(entry: OutboxEntry): Promise<SendResult> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (entry.body !== null) headers['content-type'] = 'application/json';
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(entry.path, {
      method: entry.method,
      headers,
      credentials: 'same-origin',
      body: entry.body === null ? null : JSON.stringify(entry.body),
    });
  } catch {
    return { kind: 'retry' };
  }
  if (response.ok) return { kind: 'done' };
  if (entry.method === 'DELETE' && response.status === 404) return { kind: 'done' };
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: 'retry' };
  if (response.status === 401) {
    csrfToken = null;
    onSignedOut?.();
    return { kind: 'signed-out' };
  }
  const problem = await problemFrom(response);
  // The server's own words: each field's message (named as the forms name it), else the detail.
  const reasons = problem.fieldErrors.map((e) => `${FIELD_NAMES[e.field] ?? e.field}: ${e.detail}`);
  return {
    kind: 'rejected',
    problem: {
      status: problem.status,
      type: problem.type,
      title: problem.title,
      detail: reasons.length > 0 ? reasons.join(' ') : (problem.detail ?? problem.title),
    },
  };
}

configureOutbox({
  send: sendQueued,
  async prepare() {
    if (!sessionFromPhone) return true;
    try {
      const fresh = await api.session();
      return fresh !== null;
    } catch {
      return false;
    }
  },
});

/**
 * Fetches, in the background, what the main screens need offline, so that a signal lost on the way
 * out the door still leaves Today, the ladder, the catalogue, history and progress on the phone.
 */
export function warmOfflineCopies(): void {
  if (!navigator.onLine) return;
  for (const read of [api.today, api.ladder, api.catalogue, api.progress, api.safety, () => api.experiments()]) {
    read().catch(() => {
      // Only a copy for later: a failure here changes nothing on screen.
    });
  }
}

/** The title a create will have, read from the kept catalogue and ladder when the server cannot say. */
async function titleFor(body: CreateExperimentRequest): Promise<string> {
  if (body.title) return body.title;
  if (body.challengeSlug) {
    const catalogue = await kept<CatalogueResponse>('catalogue');
    const found = catalogue?.challenges.find((c) => c.slug === body.challengeSlug);
    if (found) return found.title;
  }
  if (body.rungId) {
    const ladder = await kept<Ladder>('ladder');
    const rung = ladder ? findRung(ladder, body.rungId) : undefined;
    if (rung) return rung.title;
  }
  return 'An ask';
}

function rungFromCreate(id: string, body: CreateRungRequest, title: string, at: string): Rung {
  return {
    id,
    title,
    challengeSlug: body.challengeSlug ?? null,
    suds: body.suds,
    createdAt: at,
    updatedAt: at,
    attempts: 0,
    mastery: 'not-started',
    lastAttemptAt: null,
  };
}

function findRung(ladder: Ladder, id: string): Rung | undefined {
  return ladder.rungs.find((r) => r.id === id);
}

export const api = {
  /** The signed-in session, or null when nobody is signed in on this device. */
  async session(): Promise<SessionState | null> {
    let status: SessionStatus;
    try {
      status = await request<SessionStatus>('GET', '/api/auth/session', { expect401: true });
    } catch (error) {
      // Offline: whoever was signed in on this phone still is, with what was kept for them.
      const copy = error instanceof ApiError && error.isNetwork ? await kept<SessionState>('session') : undefined;
      if (copy) return remember(copy, true);
      throw error;
    }
    if (status.user === null) {
      csrfToken = null;
      await forgetPhoneCopies();
      return null;
    }
    return remember(status);
  },

  async signUp(body: SignUpRequest): Promise<SessionState> {
    await forgetPhoneCopies();
    return remember(await request<SessionState>('POST', '/api/auth/sign-up', { body, expect401: true }));
  },

  async signIn(body: SignInRequest): Promise<SessionState> {
    const state = await request<SessionState>('POST', '/api/auth/sign-in', { body, expect401: true });
    const before = await kept<SessionState>('session');
    // Another person on this phone: the previous one's copies and writes are not theirs to see.
    if (before && before.user.id !== state.user.id) await forgetPhoneCopies();
    return remember(state);
  },

  async signOut(): Promise<void> {
    try {
      await request('POST', '/api/auth/sign-out', { expect401: true });
    } finally {
      csrfToken = null;
      await forgetPhoneCopies();
    }
  },

  me(): Promise<User> {
    return request<User>('GET', '/api/me');
  },

  updateDisplayName(displayName: string | null): Promise<User> {
    return request<User>('PATCH', '/api/me', { body: { displayName } });
  },

  async deleteAccount(body: DeleteAccountRequest): Promise<void> {
    await request('DELETE', '/api/me', { body });
    csrfToken = null;
    await forgetPhoneCopies({ unsentWrites: true });
  },

  async sessions(): Promise<SessionSummary[]> {
    return (await request<{ sessions: SessionSummary[] }>('GET', '/api/sessions')).sessions;
  },

  revokeSession(id: string): Promise<void> {
    return request('DELETE', `/api/sessions/${encodeURIComponent(id)}`);
  },

  updateTimeZone(timeZone: string): Promise<User> {
    return request<User>('PATCH', '/api/me', { body: { timeZone } });
  },

  /** The challenge catalogue: public, versioned and the same for everyone, so fetched once a visit. */
  catalogue(): Promise<CatalogueResponse> {
    catalogueOnce ??= cachedGet<CatalogueResponse>('/api/catalogue', 'catalogue').catch((error: unknown) => {
      catalogueOnce = null;
      throw error;
    });
    return catalogueOnce;
  },

  /** The ladder, with steps added offline (still waiting to sync) in their place by rating. */
  async ladder(): Promise<Ladder> {
    const ladder = await cachedGet<Ladder>('/api/ladder', 'ladder');
    const known = new Set(ladder.rungs.map((r) => r.id));
    const pending = outboxEntries()
      .filter((e) => e.method === 'POST' && e.path === '/api/ladder/rungs' && e.resourceId && !known.has(e.resourceId))
      .map((e) => rungFromCreate(e.resourceId ?? '', e.body as CreateRungRequest, e.label, e.createdAt));
    if (pending.length === 0) return ladder;
    return { ...ladder, rungs: [...ladder.rungs, ...pending].sort((a, b) => a.suds - b.suds) };
  },

  /** A new rung, with an id made here so a retry never adds it twice. */
  async addRung(body: CreateRungRequest): Promise<Rung> {
    const id = crypto.randomUUID();
    const payload = { ...body, id } as CreateRungRequest & { id: string };
    const title = await titleFor({ challengeSlug: payload.challengeSlug ?? null, title: (payload as { title?: string }).title });
    return durableWrite<Rung>('POST', '/api/ladder/rungs', payload, { resourceId: id, label: title }, () =>
      rungFromCreate(id, payload, title, new Date().toISOString()),
    );
  },

  updateRung(id: string, body: UpdateRungRequest): Promise<Rung> {
    return request<Rung>('PATCH', `/api/ladder/rungs/${encodeURIComponent(id)}`, { body });
  },

  deleteRung(id: string): Promise<void> {
    return request('DELETE', `/api/ladder/rungs/${encodeURIComponent(id)}`);
  },

  /** A page of history, newest first; pass the previous page's `nextCursor` for the next one. */
  experiments(cursor?: string | null, limit = 30): Promise<ExperimentPage> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor) query.set('cursor', cursor);
    const path = `/api/experiments?${query}`;
    return cachedGet<ExperimentPage>(path, cursor ? path : 'experiments').then((page) => ({
      ...page,
      experiments: mergeHistory(outboxEntries(), page.experiments, !cursor),
    }));
  },

  /** One experiment, with writes still waiting in the outbox laid over it. */
  async experiment(id: string): Promise<Experiment> {
    const pending = pendingExperiment(outboxEntries(), id);
    if (pending) return pending;
    const key = `experiment:${id}`;
    let stored: Experiment;
    try {
      stored = await cachedGet<Experiment>(`/api/experiments/${encodeURIComponent(id)}`, key);
    } catch (error) {
      // Offline and never opened here: the history list may still hold it.
      const list = error instanceof ApiError && error.isNetwork ? await kept<ExperimentPage>('experiments') : undefined;
      const found = list?.experiments.find((e) => e.id === id);
      if (!found) throw error;
      stored = found;
    }
    const shown = overlay(outboxEntries(), stored);
    if (!shown) throw new ApiError(404, 'about:blank', 'Not found', 'This entry was deleted.');
    return shown;
  },

  /** Plans or logs an ask. The id is made here, so the outbox can send it again without a twin. */
  async createExperiment(body: CreateExperimentRequest): Promise<Experiment> {
    const id = body.id ?? crypto.randomUUID();
    const payload = { timeZone: localTimeZone(), occurredAt: new Date().toISOString(), ...body, id };
    const title = await titleFor(payload);
    return durableWrite<Experiment>('POST', '/api/experiments', payload, { resourceId: id, label: title }, () =>
      experimentFromCreate(id, payload, title, new Date().toISOString()),
    );
  },

  /** Sends only the fields that changed; see offline/outbox.ts for how two devices' edits resolve. */
  updateExperiment(id: string, body: UpdateExperimentRequest): Promise<Experiment> {
    const path = `/api/experiments/${encodeURIComponent(id)}`;
    return durableWrite<Experiment>('PATCH', path, body, { resourceId: id, label: 'Changes to an ask' }, async () => {
      const current = await api.experiment(id);
      return applyPatch(current, {}, current.updatedAt);
    });
  },

  deleteExperiment(id: string): Promise<void> {
    const path = `/api/experiments/${encodeURIComponent(id)}`;
    return durableWrite<void>('DELETE', path, null, { resourceId: id, label: 'Deleting an ask' }, () => undefined);
  },

  async addRestDay(date: string): Promise<string[]> {
    return (await request<{ restDays: string[] }>('POST', '/api/rest-days', { body: { date } })).restDays;
  },

  removeRestDay(date: string): Promise<void> {
    return request('DELETE', `/api/rest-days/${encodeURIComponent(date)}`);
  },

  startChallenge(): Promise<ChallengeRun> {
    return request<ChallengeRun>('POST', '/api/challenge', { body: { timeZone: localTimeZone() } });
  },

  endChallenge(): Promise<void> {
    return request('DELETE', '/api/challenge');
  },

  /** Today's state and one suggestion; `skip` holds the keys already shown ("another suggestion"). */
  today(skip: readonly string[] = []): Promise<Today> {
    const query = skip.length > 0 ? `?${new URLSearchParams({ skip: skip.join(',') })}` : '';
    return cachedGet<Today>(`/api/today${query}`, query ? `/api/today${query}` : 'today');
  },

  progress(): Promise<Progress> {
    return cachedGet<Progress>('/api/progress', 'progress');
  },

  /** Screening, the pace it sets, and any pause or hold. */
  safety(): Promise<SafetyState> {
    return cachedGet<SafetyState>('/api/safety', 'safety');
  },

  /** A new dated screening entry; `null` skips it, which sets the crisis-safe default (supported pace). */
  submitScreening(answers: ScreeningAnswers | null): Promise<SafetyState> {
    return request<SafetyState>('PUT', '/api/safety/screening', { body: { answers } });
  },

  /** What is due and how each questionnaire has moved. Online only: scores are never guessed offline. */
  measures(): Promise<MeasuresOverview> {
    return request<MeasuresOverview>('GET', '/api/measures');
  },

  async measureEntries(measure?: MeasureId): Promise<MeasureEntry[]> {
    const query = measure ? `?${new URLSearchParams({ measure })}` : '';
    return (await request<{ entries: MeasureEntry[] }>('GET', `/api/measures/entries${query}`)).entries;
  },

  measureEntry(id: string): Promise<MeasureEntry> {
    return request<MeasureEntry>('GET', `/api/measures/entries/${encodeURIComponent(id)}`);
  },

  /**
   * A questionnaire, sent straight to the server (a PHQ-9 answer can open the crisis path, so it is
   * never left waiting in an outbox). The caller makes the id once per form, so a retry stores once.
   */
  submitMeasure(body: SubmitMeasureRequest & { id: string }): Promise<MeasureEntry> {
    return request<MeasureEntry>('POST', '/api/measures/entries', { body });
  },

  /** Everything for the printable report; dates are local (YYYY-MM-DD), both optional. */
  report(from?: string, to?: string): Promise<Report> {
    const query = new URLSearchParams();
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    const qs = query.toString();
    return request<Report>('GET', `/api/report${qs ? `?${qs}` : ''}`);
  },

  /** "How are you right now?": `safe: true` lifts a crisis pause. */
  checkIn(safe: boolean): Promise<SafetyState> {
    return request<SafetyState>('POST', '/api/safety/check-in', { body: { safe } });
  },

  /**
   * "I'm panicking" or "I need a moment", recorded when it begins (a panic makes the next steps gentler
   * at once); `id` lets the debrief be added later with `addSafetyDebrief`, and a retry store it once.
   */
  recordSafetyEvent(body: SafetyEventRequest, id: string = crypto.randomUUID()): Promise<SafetyEvent> {
    const payload = { ...body, id } as SafetyEventRequest & { id: string };
    return durableWrite<SafetyEvent>('POST', '/api/safety/events', payload, { resourceId: id, label: 'A moment you noted' }, () => ({
      id,
      kind: payload.kind,
      experimentId: payload.experimentId ?? null,
      feeling: payload.feeling ?? null,
      toolsUsed: payload.toolsUsed ?? [],
      note: payload.note ?? null,
      createdAt: new Date().toISOString(),
    }) as SafetyEvent);
  },

  /** "I opened this by mistake": takes back a panic or moment just recorded (the server allows minutes, not days). */
  undoSafetyEvent(id: string): Promise<void> {
    return durableWrite<void>('DELETE', `/api/safety/events/${id}`, null, { resourceId: id, label: 'A moment taken back' }, () => undefined);
  },

  /** The gentle look back, added to the moment recorded when it began; queued offline like any log. */
  addSafetyDebrief(id: string, debrief: SafetyEventDebrief): Promise<SafetyEvent | null> {
    return durableWrite<SafetyEvent | null>('PATCH', `/api/safety/events/${id}`, debrief as Record<string, unknown>, { resourceId: id, label: 'How a moment went' }, () => null);
  },

  /** Whether the private calendar feed is on. Online only: its address is never kept on the phone. */
  calendar(): Promise<CalendarStatus> {
    return request<CalendarStatus>('GET', '/api/calendar');
  },

  /** A new secret feed address, shown only in this answer; any earlier address stops working. */
  createCalendar(includePersonalText: boolean): Promise<CalendarCreated> {
    return request<CalendarCreated>('POST', '/api/calendar', { body: { includePersonalText } });
  },

  turnOffCalendar(): Promise<void> {
    return request('DELETE', '/api/calendar');
  },

  /** Brings an export file (already parsed) into this fresh account: all of it, or nothing. */
  importData(file: unknown): Promise<ImportResult> {
    return request<ImportResult>('POST', '/api/import', { body: file });
  },
};

export interface CalendarStatus {
  active: boolean;
  includePersonalText: boolean;
  createdAt: string | null;
}

export interface CalendarCreated extends CalendarStatus {
  /** `/api/calendar/feed/<secret>`: the only time the secret is shown. */
  path: string;
}

export interface ImportResult {
  imported: Record<string, number>;
}

let catalogueOnce: Promise<CatalogueResponse> | null = null;

/**
 * The phone's IANA time zone, which decides the person's "today". Undefined when the browser does
 * not say, and the server then keeps the zone it has.
 */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
