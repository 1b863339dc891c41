import { Link } from 'wouter';
import { discard, retry, useOutbox, type OutboxEntry } from '../offline/outbox';
import { HEADS_UP } from '../api/contract';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A small calm line under the header when the phone is offline or writes are waiting: what is
 * going on in plain words, and how many entries will sync. Nothing here asks anything of the
 * person unless a write needs them.
 */
export function SyncStatus() {
  const { entries, online, needsSignIn } = useOutbox();
  // Counted by entry, not by request: a plan and its "after" are one ask waiting.
  const waiting = new Set(entries.filter((e) => e.status === 'pending').map((e) => e.resourceId ?? e.seq)).size;
  const rejected = entries.filter((e) => e.status === 'rejected').length;
  if (online && waiting === 0 && rejected === 0) return null;

  const parts: string[] = [];
  if (!online) parts.push('Offline');
  if (waiting > 0) parts.push(`${waiting} waiting to sync`);
  else if (!online) parts.push('everything is saved on this phone');
  if (online && waiting > 0 && !needsSignIn) parts.unshift('Syncing');
  if (needsSignIn) parts.push('sign in again to send them');

  return (
    <div className={`sync-status${online ? '' : ' sync-status--offline'}`} role="status" aria-label="Sync status">
      <span className="sync-status__dot" aria-hidden="true" />
      {parts.length > 0 && <span className="sync-status__text">{parts.join(' · ')}</span>}
      {rejected > 0 && (
        <Link href="/history#not-synced" className="sync-status__link">
          {plural(rejected, 'change needs', 'changes need')} you
        </Link>
      )}
    </div>
  );
}

/** Writes the server refused, each with its reason, kept until the person tries again or lets go. */
export function NotSynced() {
  const { entries } = useOutbox();
  const rejected = entries.filter((e) => e.status === 'rejected');
  if (rejected.length === 0) return null;
  return (
    <section className="card not-synced" id="not-synced" aria-labelledby="not-synced-title">
      <h2 id="not-synced-title">Not saved yet: needs you</h2>
      <p>Ask Anyway could not save these. They are kept on this phone until you choose what to do.</p>
      <ul className="not-synced__list">
        {rejected.map((entry) => (
          <li key={entry.seq} className="not-synced__item">
            <Rejected entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Rejected({ entry }: { entry: OutboxEntry }) {
  const headsUp = entry.error?.type === HEADS_UP;
  const name = entry.label || 'An ask';
  return (
    <>
      <p className="not-synced__title">{name}</p>
      <p className="not-synced__reason">{entry.error?.detail ?? 'The server did not accept this.'}</p>
      <div className="not-synced__actions">
        {headsUp ? (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void retry(entry, { ...entry.body, headsUpConfirmed: true })}
          >
            Confirm and save
          </button>
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => void retry(entry)}>
            Try again
          </button>
        )}
        <button type="button" className="button button--ghost button--small" onClick={() => void discard(entry)}>
          Discard <span className="visually-hidden">{name}</span>
        </button>
      </div>
    </>
  );
}
