import type { SignInRequest, SignUpRequest, User } from '@ask-anyway/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, localTimeZone, setSignedOutHandler, warmOfflineCopies } from '../api/client';

export type AuthState =
  | { status: 'loading' }
  | { status: 'unreachable'; error: ApiError }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: User };

interface AuthValue {
  state: AuthState;
  /** A one-off kind word for the welcome screen after signing out or deleting the account. */
  notice: string | null;
  signUp(request: SignUpRequest): Promise<void>;
  signIn(request: SignInRequest): Promise<void>;
  signOut(): Promise<void>;
  deleteAccount(password: string): Promise<void>;
  retry(): void;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const signedInUser = state.status === 'signed-in' ? state.user : null;

  // The phone's time zone decides the person's "today" (streaks, rest days, the challenge's day), so
  // the profile follows the phone: after travel, the next start of the app puts it right.
  const zoneToSync = signedInUser && localTimeZone() !== signedInUser.timeZone ? localTimeZone() : undefined;
  useEffect(() => {
    if (!zoneToSync) return;
    let live = true;
    api.updateTimeZone(zoneToSync).then(
      (user) => live && setState((s) => (s.status === 'signed-in' ? { status: 'signed-in', user } : s)),
      () => {
        // Not fatal: the server keeps the zone it had, and the next start tries again.
      },
    );
    return () => {
      live = false;
    };
  }, [zoneToSync]);

  useEffect(() => {
    let live = true;
    api.session().then(
      (session) => live && setState(session ? { status: 'signed-in', user: session.user } : { status: 'signed-out' }),
      (error: unknown) => {
        if (!live) return;
        const problem =
          error instanceof ApiError ? error : new ApiError(0, 'about:blank', 'Error', 'Something went wrong. Please try again.');
        setState({ status: 'unreachable', error: problem });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // Once signed in (and online), keep a copy of the main screens' data for when the signal drops.
  const signedInId = signedInUser?.id;
  useEffect(() => {
    if (signedInId) warmOfflineCopies();
  }, [signedInId]);

  useEffect(() => {
    setSignedOutHandler(() => {
      setNotice('You were signed out. Sign in again to carry on.');
      setState({ status: 'signed-out' });
    });
    return () => setSignedOutHandler(null);
  }, []);

  const signUp = useCallback(async (request: SignUpRequest) => {
    const session = await api.signUp(request);
    setNotice(null);
    setState({ status: 'signed-in', user: session.user });
  }, []);

  const signIn = useCallback(async (request: SignInRequest) => {
    const session = await api.signIn(request);
    setNotice(null);
    setState({ status: 'signed-in', user: session.user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } catch (error) {
      // Already signed out on the server is still signed out; anything else is worth saying.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setNotice('You are signed out. See you next time.');
    setState({ status: 'signed-out' });
  }, []);

  const deleteAccount = useCallback(async (password: string) => {
    await api.deleteAccount({ password });
    setNotice('Your account and everything in it have been erased.');
    setState({ status: 'signed-out' });
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, notice, signUp, signIn, signOut, deleteAccount, retry }),
    [state, notice, signUp, signIn, signOut, deleteAccount, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an <AuthProvider> above it');
  return value;
}
