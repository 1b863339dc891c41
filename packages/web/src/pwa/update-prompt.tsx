import { useRegisterSW } from 'virtual:pwa-register/react';
import { useLocation } from 'wouter';

/**
 * Screens where an update must not even be offered: the steps of an experiment (before, do it
 * now, after) and the calm flow. The prompt waits and shows on the next screen.
 */
const NOT_NOW = [/^\/experiment\/new$/, /^\/experiment\/[^/]+\/(go|after)$/, /^\/calm(\/|$)/];

/**
 * Registers the service worker and, when a new version is waiting, asks before reloading: a
 * reload in the middle of writing something down would lose it. Nothing reloads unless the person
 * taps "Update"; unsent writes are in IndexedDB, so they survive the reload either way.
 */
export function UpdatePrompt() {
  const [location] = useLocation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const inTheMiddle = NOT_NOW.some((pattern) => pattern.test(location));

  return (
    <div className="toast-slot" role="status">
      {needRefresh && !inTheMiddle && (
        <div className="toast">
          <p>A new version of Ask Anyway is ready.</p>
          <div className="toast__actions">
            <button type="button" className="button button--primary button--small" onClick={() => void updateServiceWorker(true)}>
              Update
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setNeedRefresh(false)}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
