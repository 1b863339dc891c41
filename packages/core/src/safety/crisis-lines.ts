/**
 * Crisis lines, kept as versioned data with where each number comes from and when it was checked.
 * A study of 69 mental-health apps found 6 listing wrong crisis numbers: change an entry only with a
 * new `checkedOn` date and source, and bump CRISIS_LINES_VERSION.
 */
export interface CrisisLine {
  id: string;
  /** ISO 3166-1 alpha-2 codes where the line answers; empty for the worldwide directory. */
  countries: readonly string[];
  name: string;
  /** What to do, in a few words: "Call or text 988". */
  action: string;
  /** A `tel:`/`sms:` or https link the app can open; none where the action is not a single link. */
  href?: string;
  /** Who checked it against which source, and when. */
  source: string;
  checkedOn: string;
}

export const CRISIS_LINES_VERSION = '2026-11-26';

export const CRISIS_LINES: readonly CrisisLine[] = [
  {
    id: 'us-ca-988',
    countries: ['US', 'CA'],
    name: '988 Suicide & Crisis Lifeline (US) and 9-8-8 Suicide Crisis Helpline (Canada)',
    action: 'Call or text 988',
    href: 'tel:988',
    source: 'Ask Anyway product brief, verified starting points',
    checkedOn: '2026-11-26',
  },
  {
    id: 'us-crisis-text-line',
    countries: ['US'],
    name: 'Crisis Text Line',
    action: 'Text HOME to 741741',
    href: 'sms:741741?body=HOME',
    source: 'Ask Anyway product brief, verified starting points',
    checkedOn: '2026-11-26',
  },
  {
    id: 'uk-ie-samaritans',
    countries: ['GB', 'IE'],
    name: 'Samaritans',
    action: 'Call 116 123, free, day or night',
    href: 'tel:116123',
    source: 'Ask Anyway product brief, verified starting points',
    checkedOn: '2026-11-26',
  },
  {
    id: 'uk-shout',
    countries: ['GB'],
    name: 'Shout',
    action: 'Text SHOUT to 85258',
    href: 'sms:85258?body=SHOUT',
    source: 'Ask Anyway product brief, verified starting points',
    checkedOn: '2026-11-26',
  },
  {
    id: 'findahelpline',
    countries: [],
    name: 'Find A Helpline',
    action: 'Free, confidential helplines in your country',
    href: 'https://findahelpline.com',
    source: 'Ask Anyway product brief, verified starting points',
    checkedOn: '2026-11-26',
  },
];

/** A country Ask Anyway has checked help for: its emergency number and where that came from. */
export interface CountryHelp {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** The number to call in an emergency. */
  emergency: string;
  source: string;
  checkedOn: string;
}

/** Add a country only with a source. Elsewhere the app shows the directory and "your local emergency number". */
export const COUNTRIES: readonly CountryHelp[] = [
  { code: 'US', name: 'United States', emergency: '911', source: 'Ask Anyway product brief', checkedOn: '2026-11-26' },
  { code: 'CA', name: 'Canada', emergency: '911', source: 'Ask Anyway product brief', checkedOn: '2026-11-26' },
  { code: 'GB', name: 'United Kingdom', emergency: '999', source: 'Ask Anyway product brief', checkedOn: '2026-11-26' },
  { code: 'IE', name: 'Ireland', emergency: '112', source: 'Ask Anyway product brief', checkedOn: '2026-11-26' },
];

export function countryHelp(code: string | null | undefined): CountryHelp | undefined {
  const upper = code?.toUpperCase();
  return COUNTRIES.find((c) => c.code === upper);
}

/** The region of a BCP 47 locale (`en-GB` → `GB`), or null when it names none. */
export function countryFromLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const match = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?-([A-Z]{2}|\d{3})\b/i.exec(locale);
  const region = match?.[1]?.toUpperCase();
  return region && /^[A-Z]{2}$/.test(region) ? region : null;
}

/** Emergencies come first, whatever the country: the local emergency number. */
export const EMERGENCY_NOTE =
  'If you are in danger right now, call your local emergency number (911 in the US and Canada, 999 in the UK, 112 in Ireland and across Europe).';

/** Lines for a country first, then the worldwide directory; unknown countries get every line. */
export function crisisLinesFor(country: string | null | undefined): readonly CrisisLine[] {
  const code = country?.toUpperCase();
  const local = code ? CRISIS_LINES.filter((line) => line.countries.includes(code)) : [];
  if (local.length === 0) return CRISIS_LINES;
  return [...local, ...CRISIS_LINES.filter((line) => line.countries.length === 0)];
}
