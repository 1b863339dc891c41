/** The signed-in person behind a request, as the session middleware found them. */
export interface Authenticated {
  userId: string;
  sessionId: string;
  csrfToken: string;
}

/** Hono's per-request variables for this app. */
export interface AppEnv {
  Variables: {
    auth: Authenticated | null;
  };
}
