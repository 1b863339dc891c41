import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker and, when a new version is waiting, asks before reloading: a
 * reload in the middle of writing something down would lose it.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

  return (
    <div className="toast-slot" role="status">
      {needRefresh && (
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
