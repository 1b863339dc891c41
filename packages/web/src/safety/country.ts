import { countryFromLocale, countryHelp, type CountryHelp } from '@ask-anyway/core';
import { useSyncExternalStore } from 'react';

/*
 * Where the person is, for ordering help: their own country's lines and emergency number first.
 * It starts from the phone's language (en-GB → GB) and the person can change it; the choice is kept
 * on this phone only, never sent anywhere, so it works signed out and offline.
 */

/** "Somewhere else": no country chosen, so the worldwide directory and "your local emergency number". */
export const ELSEWHERE = 'elsewhere';

const STORAGE_KEY = 'ask-anyway:country';
const listeners = new Set<() => void>();
let chosen: string = readStored() ?? fromPhone();

function readStored(): string | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === ELSEWHERE || countryHelp(stored)) return stored;
  } catch {
    // Storage blocked: fall back to the phone's language.
  }
  return null;
}

function fromPhone(): string {
  const code = countryFromLocale(typeof navigator === 'undefined' ? null : navigator.language);
  return countryHelp(code)?.code ?? ELSEWHERE;
}

export function setCountry(next: string): void {
  chosen = next === ELSEWHERE || countryHelp(next) ? next : ELSEWHERE;
  try {
    localStorage.setItem(STORAGE_KEY, chosen);
  } catch {
    // Not kept (storage blocked), but used for this visit.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chosen country's help (emergency number, name), or undefined for "Somewhere else". */
export function useCountry(): { code: string; help: CountryHelp | undefined } {
  const code = useSyncExternalStore(subscribe, () => chosen);
  return { code, help: countryHelp(code) };
}

/** Country names said with "the" ("in the United Kingdom"). */
const WITH_THE = new Set(['US', 'GB', 'NL', 'PH', 'AE', 'CZ', 'DO', 'BS', 'GM']);

/** "in the United States", "in Ireland": for headings such as "Helplines in …". */
export function inCountry(help: CountryHelp): string {
  return `in ${WITH_THE.has(help.code) ? 'the ' : ''}${help.name}`;
}
