const KEY = 'aa-invitation-code';

/**
 * An invitation link (`/clinician/accept#code=…`) opened while signed out: the app sends the clinician to
 * sign in and the fragment is lost on the way, so the code is kept for this tab until it is used.
 */
export function rememberInvitationCode(): void {
  if (window.location.pathname !== '/clinician/accept') return;
  const code = new URLSearchParams(window.location.hash.slice(1)).get('code');
  if (code) sessionStorage.setItem(KEY, code);
}

/** The code from the link's fragment, or one kept from a link opened before signing in. */
export function invitationCodeFromLink(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('code') ?? sessionStorage.getItem(KEY) ?? '';
}

export function hasWaitingInvitationCode(): boolean {
  return sessionStorage.getItem(KEY) !== null;
}

export function forgetInvitationCode(): void {
  sessionStorage.removeItem(KEY);
}
