import { useSyncExternalStore } from 'react';

/** What the person picked; `system` follows the phone's light or dark setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

// Keep in step with public/theme-boot.js, which applies the theme before the first paint.
const STORAGE_KEY = 'ask-anyway:theme';
const BROWSER_CHROME: Record<Theme, string> = { light: '#FFF7F0', dark: '#1A1220' };

const listeners = new Set<() => void>();
let choice: ThemeChoice = readStoredChoice();

function readStoredChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function resolveTheme(picked: ThemeChoice, prefersDark: boolean): Theme {
  if (picked === 'system') return prefersDark ? 'dark' : 'light';
  return picked;
}

function apply(): void {
  const theme = resolveTheme(choice, systemPrefersDark());
  document.documentElement.dataset.theme = theme;
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', BROWSER_CHROME[theme]);
}

/** Applies the stored theme and follows the system setting when it changes. Call once at start. */
export function startTheme(): void {
  apply();
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not saved (storage blocked), but still applied for this visit.
  }
  apply();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => choice);
}
