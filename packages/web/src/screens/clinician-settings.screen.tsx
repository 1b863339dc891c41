import { useSignOut } from '../auth/use-sign-out';
import type { User } from '@ask-anyway/core';
import { useState } from 'react';
import { useDocumentTitle } from '../components/app-shell';
import { ConfirmDeleteDialog } from '../components/confirm-delete-dialog';
import { FormAlert } from '../components/form-alert';
import { ThemePicker } from '../components/theme-picker';

/** A clinician's settings: the account, with what people are told about it, and the appearance. */
export function ClinicianSettingsScreen({ user }: { user: User }) {
  useDocumentTitle('Settings');
  const [confirming, setConfirming] = useState(false);
  const { signingOut, signOutError, onSignOut } = useSignOut();

  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 tabIndex={-1}>Settings</h1>
      </div>

      <section className="card" aria-labelledby="account-title">
        <h2 id="account-title">Your clinician account</h2>
        <dl className="facts">
          {user.displayName && (
            <div className="facts__row">
              <dt>Name</dt>
              <dd>{user.displayName}</dd>
            </div>
          )}
          <div className="facts__row">
            <dt>Email</dt>
            <dd>{user.email}</dd>
          </div>
          {user.clinician && (
            <div className="facts__row">
              <dt>Profession</dt>
              <dd>{user.clinician.profession}</dd>
            </div>
          )}
          {user.clinician?.licenceNumber && (
            <div className="facts__row">
              <dt>Licence number</dt>
              <dd>{user.clinician.licenceNumber}</dd>
            </div>
          )}
        </dl>
        <p className="settings__meta">
          Self-declared: Ask Anyway does not verify these, and people see them marked that way.
        </p>
        <FormAlert message={signOutError} />
        <button type="button" className="button button--secondary" onClick={onSignOut} disabled={signingOut}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </section>

      <section className="card" aria-labelledby="look-title">
        <h2 id="look-title">Appearance</h2>
        <ThemePicker />
      </section>

      <section className="card card--danger" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete account</h2>
        <p>Erase your clinician account. The people you work with keep everything of theirs.</p>
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          Delete my account
        </button>
      </section>

      <ConfirmDeleteDialog open={confirming} onClose={() => setConfirming(false)} />
    </div>
  );
}
