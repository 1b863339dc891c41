import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

export interface ToastMessage {
  text: string;
  /** A link to follow up, e.g. "Add details" after a quick log. */
  action?: { label: string; href: string };
}

interface ToastValue {
  show(message: ToastMessage): void;
}

const ToastContext = createContext<ToastValue | null>(null);

/** Long enough to read and reach the link; it waits while focus is in it. */
const SHOWN_FOR_MS = 10_000;

/**
 * One short message at a time, above the tab bar, announced politely. It never carries the only
 * way to do something: every action in it is also reachable from the screens.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<(ToastMessage & { id: number; at: string }) | null>(null);
  const [held, setHeld] = useState(false);
  const counter = useRef(0);
  const [location] = useLocation();

  // A message belongs to the screen it was shown on (or navigated to): leaving that screen ends it,
  // so it never covers the next one.
  if (message && message.at !== location) setMessage(null);

  useEffect(() => {
    if (!message || held) return;
    const timer = window.setTimeout(() => setMessage(null), SHOWN_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [message, held]);

  const show = useCallback((next: ToastMessage) => {
    counter.current += 1;
    setHeld(false);
    setMessage({ ...next, id: counter.current, at: window.location.pathname });
  }, []);

  const value = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-slot toast-slot--app" role="status">
        {message && (
          <div
            key={message.id}
            className="toast toast--app"
            onFocus={() => setHeld(true)}
            onBlur={() => setHeld(false)}
          >
            <p>{message.text}</p>
            <div className="toast__actions">
              {message.action && (
                <Link href={message.action.href} className="toast__link" onClick={() => setMessage(null)}>
                  {message.action.label}
                </Link>
              )}
              <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => setMessage(null)}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastValue {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast needs a <ToastProvider> above it');
  return value;
}
