export type CalmKind = 'panic' | 'moment';

/** Where "I'm panicking" and "I need a moment" lead, with what the debrief should refer to. */
export function calmHref(
  kind: CalmKind,
  options: { experimentId?: string | undefined; from?: string | undefined } = {},
): string {
  const query = new URLSearchParams({ kind });
  if (options.experimentId) query.set('experiment', options.experimentId);
  if (options.from) query.set('from', options.from);
  return `/calm?${query}`;
}

/** Only a path inside the app: `from` comes from the address bar and must not send anyone elsewhere. */
export function safePath(path: string | null): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
}
