import type {
  ChallengeRun,
  CreateExperimentRequest,
  CreateRungRequest,
  DeleteAccountRequest,
  Experiment,
  FieldError,
  Ladder,
  Problem,
  Progress,
  Rung,
  SafetyEvent,
  SafetyState,
  ScreeningAnswers,
  SessionState,
  SessionStatus,
  SessionSummary,
  SignInRequest,
  SignUpRequest,
  Today,
  UpdateExperimentRequest,
  UpdateRungRequest,
  User,
} from '@ask-anyway/core';
import { CSRF_HEADER, type CatalogueResponse, type ExperimentPage, type SafetyEventRequest } from './contract';

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
async function request<T = void>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
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

function remember(state: SessionState): SessionState {
  csrfToken = state.csrfToken;
  return state;
}

export const api = {
  /** The signed-in session, or null when nobody is signed in on this device. */
  async session(): Promise<SessionState | null> {
    const status = await request<SessionStatus>('GET', '/api/auth/session', { expect401: true });
    if (status.user === null) {
      csrfToken = null;
      return null;
    }
    return remember(status);
  },

  async signUp(body: SignUpRequest): Promise<SessionState> {
    return remember(await request<SessionState>('POST', '/api/auth/sign-up', { body, expect401: true }));
  },

  async signIn(body: SignInRequest): Promise<SessionState> {
    return remember(await request<SessionState>('POST', '/api/auth/sign-in', { body, expect401: true }));
  },

  async signOut(): Promise<void> {
    try {
      await request('POST', '/api/auth/sign-out', { expect401: true });
    } finally {
      csrfToken = null;
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
    catalogueOnce ??= request<CatalogueResponse>('GET', '/api/catalogue').catch((error: unknown) => {
      catalogueOnce = null;
      throw error;
    });
    return catalogueOnce;
  },

  ladder(): Promise<Ladder> {
    return request<Ladder>('GET', '/api/ladder');
  },

  addRung(body: CreateRungRequest): Promise<Rung> {
    return request<Rung>('POST', '/api/ladder/rungs', { body });
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
    return request<ExperimentPage>('GET', `/api/experiments?${query}`);
  },

  experiment(id: string): Promise<Experiment> {
    return request<Experiment>('GET', `/api/experiments/${encodeURIComponent(id)}`);
  },

  createExperiment(body: CreateExperimentRequest): Promise<Experiment> {
    return request<Experiment>('POST', '/api/experiments', { body: { timeZone: localTimeZone(), ...body } });
  },

  updateExperiment(id: string, body: UpdateExperimentRequest): Promise<Experiment> {
    return request<Experiment>('PATCH', `/api/experiments/${encodeURIComponent(id)}`, { body });
  },

  deleteExperiment(id: string): Promise<void> {
    return request('DELETE', `/api/experiments/${encodeURIComponent(id)}`);
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
    return request<Today>('GET', `/api/today${query}`);
  },

  progress(): Promise<Progress> {
    return request<Progress>('GET', '/api/progress');
  },

  /** Screening, the pace it sets, and any pause or hold. */
  safety(): Promise<SafetyState> {
    return request<SafetyState>('GET', '/api/safety');
  },

  /** A new dated screening entry; `null` skips it, which sets the crisis-safe default (supported pace). */
  submitScreening(answers: ScreeningAnswers | null): Promise<SafetyState> {
    return request<SafetyState>('PUT', '/api/safety/screening', { body: { answers } });
  },

  /** "How are you right now?": `safe: true` lifts a crisis pause. */
  checkIn(safe: boolean): Promise<SafetyState> {
    return request<SafetyState>('POST', '/api/safety/check-in', { body: { safe } });
  },

  /** "I'm panicking" or "I need a moment", with its debrief; a panic makes the next steps gentler. */
  recordSafetyEvent(body: SafetyEventRequest): Promise<SafetyEvent> {
    return request<SafetyEvent>('POST', '/api/safety/events', { body });
  },
};

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
