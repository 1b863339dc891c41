import { useState } from 'react';
import { ApiError } from '../api/client';
import { useAuth } from './auth-context';

/** Signing out from a settings screen: busy while it runs, a kind message if it fails. */
export function useSignOut() {
  const { signOut } = useAuth();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);

  async function onSignOut() {
    setSigningOut(true);
    setSignOutError(null);
    try {
      await signOut();
    } catch (error) {
      setSignOutError(error instanceof ApiError ? error.message : 'Signing out did not work. Please try again.');
      setSigningOut(false);
    }
  }

  return { signingOut, signOutError, onSignOut };
}
