import type { SessionUser } from '../modules/auth/auth.service.js';

/** The signed-in person behind a request, as the session middleware found them. */
export interface Authenticated {
  userId: string;
  sessionId: string;
  csrfToken: string;
  /** The person as loaded with the session, at the start of this request. */
  user: SessionUser;
}

/** Hono's per-request variables for this app. */
export interface AppEnv {
  Variables: {
    auth: Authenticated | null;
  };
}
