import { problems } from '../http/problem.js';
import { uuidv7 } from '../lib/ids.js';

export interface Created<T> {
  row: T;
  /** False when the same client id was already stored: the request was a retry. */
  created: boolean;
}

/**
 * Creates a row exactly once per client-generated id, so a retry or an offline outbox replaying a write
 * never makes a duplicate, across restarts and server instances:
 * - no id given: a fresh server id, always created;
 * - the id exists and is the person's: the stored row is returned (`created: false`);
 * - the id exists and is someone else's: a conflict, revealing nothing about it;
 * - two identical requests at once: both insert, the primary key lets one win, the other reads it.
 */
export async function createOnce<T extends { userId: string }>(options: {
  clientId: string | undefined;
  userId: string;
  find: (id: string) => Promise<T | undefined>;
  insert: (id: string) => Promise<T>;
}): Promise<Created<T>> {
  const { clientId, userId, find, insert } = options;
  if (!clientId) return { row: await insert(uuidv7()), created: true };
  const owned = (row: T | undefined): Created<T> | undefined => {
    if (!row) return undefined;
    if (row.userId !== userId) throw problems.conflict('That id is already taken. Use a new one.');
    return { row, created: false };
  };
  const existing = owned(await find(clientId));
  if (existing) return existing;
  try {
    return { row: await insert(clientId), created: true };
  } catch (error) {
    const raced = owned(await find(clientId));
    if (raced) return raced;
    throw error;
  }
}
