import type { Experiment } from '@ask-anyway/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError } from '../api/client';
import type { ExperimentPage } from '../api/contract';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { ChevronRightIcon, HistoryIcon, TrendIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { OutcomeChip } from '../components/outcome-chip';
import { NotSynced } from '../components/sync-status';
import { syncStateOf } from '../offline/merge';
import { useOutbox } from '../offline/outbox';
import { formatLocalDate } from '../practice/words';

export function HistoryScreen() {
  useDocumentTitle('History');
  const first = useResource(() => api.experiments());
  const { reload } = first;
  // A write sent, stored or discarded changes what History shows (pending on top, then synced).
  const waiting = useOutbox().entries.length;
  const shownWaiting = useRef(waiting);
  useEffect(() => {
    if (shownWaiting.current === waiting) return;
    shownWaiting.current = waiting;
    void reload();
  }, [waiting, reload]);
  const [more, setMore] = useState<ExperimentPage[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  const pages = first.state.data ? [first.state.data, ...more] : [];
  const experiments = pages.flatMap((p) => p.experiments);
  const nextCursor = pages.at(-1)?.nextCursor ?? null;

  async function loadMore() {
    if (!nextCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.experiments(nextCursor);
      setMore((m) => [...m, page]);
    } catch (error) {
      setMoreError(error instanceof ApiError ? error.message : 'That did not load. Please try again.');
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 tabIndex={-1}>History</h1>
        <p className="lead">Every ask you have logged, newest first. Tap one to see it or add details.</p>
      </div>

      <Link href="/progress" className="link-card">
        <span className="link-card__icon">
          <TrendIcon />
        </span>
        <span className="link-card__text">
          <strong>Your progress</strong>
          <span>Counts, streak, and fear compared with reality</span>
        </span>
        <ChevronRightIcon className="link-card__chevron" />
      </Link>

      <NotSynced />

      {first.state.status === 'loading' && <Loading label="Loading your history" />}
      {first.state.status === 'failed' && <LoadFailed error={first.state.error} onRetry={() => void first.reload()} />}
      {first.state.status === 'ready' && experiments.length === 0 && (
        <section className="card card--glow" aria-labelledby="empty-title">
          <span className="card__badge">
            <HistoryIcon />
          </span>
          <h2 id="empty-title">Nothing here yet</h2>
          <p>When you log an ask, it shows up here, with what you expected next to what happened.</p>
          <Link href="/today" className="button button--secondary">
            Find today's ask
          </Link>
        </section>
      )}
      {experiments.length > 0 && (
        <section aria-labelledby="entries-title">
          <h2 id="entries-title" className="visually-hidden">
            Your asks
          </h2>
          <ul className="entries">
            {experiments.map((e) => (
              <li key={e.id}>
                <Entry experiment={e} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="form-alert-slot" role="alert">
        {moreError && <p className="form-alert">{moreError}</p>}
      </div>
      {nextCursor && (
        <button type="button" className="button button--secondary" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show older'}
        </button>
      )}
    </div>
  );
}

function numbers(e: Experiment): string {
  if (e.outcome === null) return 'Planned · log it when you are ready';
  if (e.outcome === 'not-done') return 'Not this time: no blame';
  if (e.expectedSuds !== null && e.actualSuds !== null) return `Expected ${e.expectedSuds} · peaked at ${e.actualSuds}`;
  if (e.actualSuds !== null) return `Peaked at ${e.actualSuds}`;
  if (e.expectedSuds !== null) return `Expected ${e.expectedSuds} · add how it felt`;
  return e.quick ? 'Quick log · add details' : 'Add how it felt';
}

function Entry({ experiment: e }: { experiment: Experiment }) {
  const titleId = `entry-${e.id}`;
  const sync = syncStateOf(useOutbox().entries, e.id);
  return (
    <Link
      href={`/history/${e.id}`}
      className="entry"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-top ${titleId}-meta${sync ? ` ${titleId}-sync` : ''}`}
    >
      <span id={`${titleId}-top`} className="entry__top">
        <OutcomeChip outcome={e.outcome} />
        <span className="entry__date">{formatLocalDate(e.localDate)}</span>
      </span>
      <span id={titleId} className="entry__title">
        {e.title}
      </span>
      <span id={`${titleId}-meta`} className="entry__numbers">
        {numbers(e)}
      </span>
      {sync && (
        <span id={`${titleId}-sync`} className={`entry__sync entry__sync--${sync}`}>
          {sync === 'pending' ? 'Waiting to sync' : 'Not saved: needs you'}
        </span>
      )}
      <ChevronRightIcon className="entry__chevron" />
    </Link>
  );
}
