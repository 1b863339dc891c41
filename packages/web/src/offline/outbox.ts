import { useSyncExternalStore } from 'react';
import { clear, getAll, OUTBOX, put, remove } from './store';

/**
 * The outbox: every practice write made while the server cannot be reached is stored here (in
 * IndexedDB, committed before the app says "saved"), then sent in the order it was made once the
 * network is back: on the `online` event, at app start, after each new write, and on a backoff timer
 * while the server is down.
 *
 * Exactly once: creates carry an id made on the phone (crypto.randomUUID()), so a create sent twice
 * (a timeout, a crash between send and delete, two tabs) is answered 200 with the stored row and
 * never makes a second one. A DELETE answering 404 has already happened and counts as done.
 *
 * Conflicts: edits send only the fields that changed. When two devices edit one entry, the server
 * keeps, for each field, the value of the last write it accepted (per-field last writer wins, by
 * server order); fields one device did not touch keep the other's change. Nothing else is needed here.
 *
 * What happens to a write the server answers:
 * - 2xx (and 404 for a DELETE): done, removed from the outbox.
 * - no answer or 5xx: kept, retried with backoff; later writes wait behind it (strict order).
 * - 401: kept; the app asks the person to sign in again, and syncing resumes after.
 * - any other 4xx (422 validation, 409 heads-up or screening): kept and marked "needs you" with the
 *   server's reason, until the person tries again, confirms (heads-up) or discards it. Never dropped.
 *   Later writes to the same entry wait behind it; writes to other entries go on.
 */

export type OutboxMethod = 'POST' | 'PATCH' | 'DELETE';

export interface OutboxProblem {
  status: number;
  type: string;
  title: string;
  detail: string;
}

export interface OutboxEntry {
  /** IndexedDB key: the order the writes were made in. */
  seq?: number;
  /** The person who made the write; another account signing in on this phone never sends it. */
  userId: string;
  method: OutboxMethod;
  path: string;
  body: Record<string, unknown> | null;
  /** The entry the write is about (the client-made id of a create, or the id in the path). */
  resourceId: string | null;
  /** What the person would call it, for the "needs you" list. */
  label: string;
  createdAt: string;
  status: 'pending' | 'rejected';
  error: OutboxProblem | null;
}

/** What sending one write came to. */
export type SendResult =
  | { kind: 'done' }
  | { kind: 'retry' }
  | { kind: 'signed-out' }
  | { kind: 'rejected'; problem: OutboxProblem };

export interface OutboxTransport {
  /** Sends one stored write; never throws. */
  send(entry: OutboxEntry): Promise<SendResult>;
  /** Called before a sync when the session was read from the phone's copy (started offline). */
  prepare(): Promise<boolean>;
}

export interface OutboxSnapshot {
  entries: readonly OutboxEntry[];
  online: boolean;
  syncing: boolean;
  /** The last sync stopped on a 401: sign in again to send the rest. */
  needsSignIn: boolean;
}

let transport: OutboxTransport | null = null;
let currentUser: string | null = null;
let snapshot: OutboxSnapshot = {
  entries: [],
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: false,
  needsSignIn: false,
};
const listeners = new Set<() => void>();

function publish(next: Partial<OutboxSnapshot>) {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

async function refresh(): Promise<OutboxEntry[]> {
  const all = await getAll<OutboxEntry>(OUTBOX);
  const mine = all.filter((e) => e.userId === currentUser);
  publish({ entries: mine });
  return mine;
}

export function configureOutbox(t: OutboxTransport): void {
  transport = t;
}

/** The signed-in person (null when signed out): only their writes are shown and sent. */
export function setOutboxUser(userId: string | null): void {
  if (userId === currentUser) {
    // Signed in again after a 401: send what waited.
    if (userId && snapshot.needsSignIn) {
      publish({ needsSignIn: false });
      void syncOutbox();
    }
    return;
  }
  currentUser = userId;
  publish({ needsSignIn: false });
  void refresh().then(() => void syncOutbox());
}

export function outboxEntries(): readonly OutboxEntry[] {
  return snapshot.entries;
}

/** True when a new write must queue behind earlier ones to keep the order. */
export function hasWaiting(): boolean {
  return snapshot.entries.some((e) => e.status === 'pending');
}

/** Stores a write durably; resolves only once IndexedDB has committed it. */
export async function enqueue(entry: Omit<OutboxEntry, 'userId' | 'createdAt' | 'status' | 'error' | 'seq'>): Promise<void> {
  if (!currentUser) throw new Error('Nobody is signed in');
  const stored: OutboxEntry = { ...entry, userId: currentUser, createdAt: new Date().toISOString(), status: 'pending', error: null };
  await put(OUTBOX, stored);
  await refresh();
  void syncOutbox();
}

export async function discard(entry: OutboxEntry): Promise<void> {
  if (entry.seq !== undefined) await remove(OUTBOX, entry.seq);
  await refresh();
  void syncOutbox();
}

/** Sends a "needs you" write again, optionally changed (a confirmed heads-up, a corrected field). */
export async function retry(entry: OutboxEntry, body: Record<string, unknown> | null = entry.body): Promise<void> {
  await put(OUTBOX, { ...entry, body, status: 'pending', error: null });
  await refresh();
  await syncOutbox();
}

/** Forgets everything stored for offline use (signing out, deleting the account). */
export async function clearOutbox(): Promise<void> {
  await clear(OUTBOX);
  await refresh();
}

let running: Promise<void> | null = null;
let again = false;
let backoffMs = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

/** Sends what is waiting, in order. Safe to call any time; calls while a sync runs fold into it. */
export function syncOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    publish({ syncing: true });
    try {
      do {
        again = false;
        await drain();
      } while (again);
    } finally {
      running = null;
      publish({ syncing: false });
    }
  })();
  return running;
}

async function drain(): Promise<void> {
  if (!transport || !currentUser) return;
  const entries = await refresh();
  if (!entries.some((e) => e.status === 'pending')) return;
  if (!navigator.onLine) return;
  if (!(await transport.prepare())) return scheduleRetry();

  const blocked = new Set<string>();
  for (const entry of entries) {
    if (entry.userId !== currentUser) continue;
    if (entry.status === 'rejected') {
      if (entry.resourceId) blocked.add(entry.resourceId);
      continue;
    }
    if (entry.resourceId && blocked.has(entry.resourceId)) continue;
    const result = await transport.send(entry);
    if (result.kind === 'done') {
      if (entry.seq !== undefined) await remove(OUTBOX, entry.seq);
      backoffMs = 0;
    } else if (result.kind === 'rejected') {
      await put(OUTBOX, { ...entry, status: 'rejected', error: result.problem });
      if (entry.resourceId) blocked.add(entry.resourceId);
    } else if (result.kind === 'signed-out') {
      publish({ needsSignIn: true });
      await refresh();
      return;
    } else {
      await refresh();
      return scheduleRetry();
    }
    await refresh();
  }
  publish({ needsSignIn: false });
}

function scheduleRetry() {
  backoffMs = Math.min(backoffMs === 0 ? 1000 : backoffMs * 2, 30_000);
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void syncOutbox();
  }, backoffMs);
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    publish({ online: true });
    backoffMs = 0;
    void syncOutbox();
  });
  window.addEventListener('offline', () => publish({ online: false }));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The outbox for the UI: what is waiting, whether the phone is online, whether a sync runs. */
export function useOutbox(): OutboxSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** Calls back after every change to the outbox (a write sent, stored or discarded). */
export function onOutboxChange(listener: () => void): () => void {
  return subscribe(listener);
}
