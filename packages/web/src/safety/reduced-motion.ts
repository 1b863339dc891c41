import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(listener: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}

/**
 * The phone's "reduce motion" setting, followed live. Moving guides (the breathing circle) are then
 * not drawn at all: the CSS rule in base.css only shortens animations, which for a growing and
 * shrinking circle would mean jumps.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
