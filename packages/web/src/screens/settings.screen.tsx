import { useSignOut } from '../auth/use-sign-out';
import type { User } from '@ask-anyway/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { ConfirmDeleteDialog } from '../components/confirm-delete-dialog';
import { FormAlert } from '../components/form-alert';
import { BookIcon, ChevronRightIcon, DownloadIcon, PersonIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { ThemePicker } from '../components/theme-picker';
import { answeredOn, routeSummary } from '../safety/words';

export function SettingsScreen({ user }: { user: User }) {
  useDocumentTitle('Settings');
  const [confirming, setConfirming] = useState(false);
  const { signingOut, signOutError, onSignOut } = useSignOut();

  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 tabIndex={-1}>Settings</h1>
      </div>

      <section className="card" aria-labelledby="account-title">
        <h2 id="account-title">Account</h2>
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
        </dl>
        <FormAlert message={signOutError} />
        <button type="button" className="button button--secondary" onClick={onSignOut} disabled={signingOut}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </section>

      <SafetyAnswers />

      <Link href="/settings/sharing" className="link-card">
        <span className="link-card__icon">
          <PersonIcon />
        </span>
        <span className="link-card__text">
          <strong>Share with a clinician</strong>
          <span>Invite a therapist, choose what they see, see who looked</span>
        </span>
        <ChevronRightIcon className="link-card__chevron" />
      </Link>

      <section className="card" aria-labelledby="look-title">
        <h2 id="look-title">Appearance</h2>
        <ThemePicker />
      </section>

      <Link href="/guide" className="link-card">
        <span className="link-card__icon">
          <BookIcon />
        </span>
        <span className="link-card__text">
          <strong>How Ask Anyway works</strong>
          <span>Exposure, going gradually, finding a therapist</span>
        </span>
        <ChevronRightIcon className="link-card__chevron" />
      </Link>

      <Link href="/settings/data" className="link-card">
        <span className="link-card__icon">
          <DownloadIcon />
        </span>
        <span className="link-card__text">
          <strong>Your data</strong>
          <span>Download, bring in, or calendar</span>
        </span>
        <ChevronRightIcon className="link-card__chevron" />
      </Link>

      <section className="card card--danger" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete account</h2>
        <p>Erase your account and everything in it from Ask Anyway. You can start fresh any time.</p>
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          Delete my account
        </button>
      </section>

      <p className="fine-print">
        Ask Anyway is a self-help practice, not a treatment or a diagnosis.
      </p>

      <ConfirmDeleteDialog open={confirming} onClose={() => setConfirming(false)} />
    </div>
  );
}

/** The latest screening, in plain words, and the way to change it: the newest answers count. */
function SafetyAnswers() {
  const safety = useResource(() => api.safety());
  const state = safety.state.data;
  return (
    <section className="card" aria-labelledby="safety-title">
      <h2 id="safety-title">Your safety answers</h2>
      {safety.state.status === 'loading' && <Loading label="Loading your safety answers" />}
      {safety.state.status === 'failed' && (
        <LoadFailed error={safety.state.error} onRetry={() => void safety.reload()} />
      )}
      {state && (
        <>
          <p>{routeSummary(state)}</p>
          {state.screening && (
            <p className="settings__meta">
              {state.screening.answers ? 'Answered' : 'Skipped'} on {answeredOn(state.screening.createdAt)}
            </p>
          )}
          <Link href="/safety/screening" className="button button--secondary">
            {state.screened ? 'Review your answers' : 'Answer the questions'}
          </Link>
        </>
      )}
    </section>
  );
}
