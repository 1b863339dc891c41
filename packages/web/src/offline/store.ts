/**
 * The phone's own copy of what matters offline, in IndexedDB (it survives closing the tab and
 * restarting the browser): the outbox of writes not yet accepted by the server, and the last good
 * answer of each read a screen needs. Raw IndexedDB, a few lines, so no library is shipped for it.
 */
const DB_NAME = 'ask-anyway';
const DB_VERSION = 1;
export const OUTBOX = 'outbox';
export const CACHE = 'cache';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      // `seq` is the order writes were made in, which is the order they are sent in.
      if (!db.objectStoreNames.contains(OUTBOX)) db.createObjectStore(OUTBOX, { keyPath: 'seq', autoIncrement: true });
      if (!db.objectStoreNames.contains(CACHE)) db.createObjectStore(CACHE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** One request in one transaction; resolves once the transaction is committed (durable). */
async function run<T>(store: string, mode: IDBTransactionMode, action: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(store, mode, { durability: 'strict' });
    const request = action(tx.objectStore(store));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}

export function getAll<T>(store: string): Promise<T[]> {
  return run(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
}

export function get<T>(store: string, key: IDBValidKey): Promise<T | undefined> {
  return run(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
}

export async function put(store: string, value: unknown, key?: IDBValidKey): Promise<IDBValidKey> {
  return run(store, 'readwrite', (s) => (key === undefined ? s.put(value) : s.put(value, key)));
}

export async function remove(store: string, key: IDBValidKey): Promise<void> {
  await run(store, 'readwrite', (s) => s.delete(key));
}

export async function clear(store: string): Promise<void> {
  await run(store, 'readwrite', (s) => s.clear());
}
