import type { ApiError } from '../api/client';

/** A calm placeholder while a screen's data loads; announced once, not for every skeleton line. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="loading" aria-busy="true" role="status" aria-label={label}>
      <span className="loading__bar" />
      <span className="loading__bar loading__bar--short" />
      <span className="loading__bar" />
    </div>
  );
}

/** A failed load, said kindly, with a way to try again. */
export function LoadFailed({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  return (
    <div className="card card--soft load-failed" role="alert">
      <p>{error.isNetwork ? 'We could not reach Ask Anyway. Check your connection, then try again.' : error.message}</p>
      <button type="button" className="button button--secondary button--small" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
