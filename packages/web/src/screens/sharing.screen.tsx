import { groupRepeats } from '../clinicians/audit';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useResource, type ResourceHandle } from '../api/use-resource';
import { sharingApi } from '../clinicians/api';
import { SCOPES, type Connection, type CreatedInvitation, type Invitation, type SharingScope } from '../clinicians/types';
import { SCOPE_WORDS, day, scopeList, when } from '../clinicians/words';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { ConfirmDialog } from '../components/dialog';
import { FormAlert } from '../components/form-alert';
import { LoadFailed, Loading } from '../components/load-state';
import { useToast } from '../components/toast';

/** Notes are the person's own words about their asks; they only make sense with the asks themselves. */
function withNotesRule(scopes: SharingScope[], changed: SharingScope, on: boolean): SharingScope[] {
  let next = on ? [...scopes, changed] : scopes.filter((s) => s !== changed);
  if (on && changed === 'notes' && !next.includes('practice')) next = [...next, 'practice'];
  if (!on && changed === 'practice') next = next.filter((s) => s !== 'notes');
  return SCOPES.filter((s) => next.includes(s));
}

function message(error: unknown): string {
  return error instanceof ApiError ? error.message : 'That did not work. Please try again.';
}

/** Sharing with a clinician: what, with whom, and who looked at what. The person decides, always. */
export function SharingScreen() {
  useDocumentTitle('Share with a clinician');
  const connections = useResource(() => sharingApi.connections());
  const invitations = useResource(() => sharingApi.invitations());
  const audit = useResource(() => sharingApi.audit());

  return (
    <div className="screen">
      <BackLink href="/settings">Settings</BackLink>
      <div className="screen__intro">
        <h1 tabIndex={-1}>Share with a clinician</h1>
        <p className="lead">
          Working with a therapist or coach? Invite them to see your practice. You choose what they see, change it any
          time, and can stop at once.
        </p>
      </div>

      <section aria-labelledby="connected-title" className="stack">
        <h2 id="connected-title" className="section-title">
          Who you share with
        </h2>
        {connections.state.status === 'loading' && <Loading label="Loading who you share with" />}
        {connections.state.status === 'failed' && (
          <LoadFailed error={connections.state.error} onRetry={() => void connections.reload()} />
        )}
        {connections.state.data?.length === 0 && <p className="card card--soft">Nobody yet. Nothing is shared.</p>}
        {connections.state.data?.map((c) => (
          <ConnectionCard
            key={c.id}
            connection={c}
            onChanged={(next) => connections.set(connections.state.data?.map((x) => (x.id === next.id ? next : x)) ?? [])}
            onStopped={() => {
              void connections.reload();
              void audit.reload();
            }}
          />
        ))}
      </section>

      <Invite onInvited={() => void invitations.reload()} />

      <PendingInvitations invitations={invitations} />

      <section className="card" aria-labelledby="audit-title">
        <h2 id="audit-title">Who looked at what</h2>
        <p className="settings__meta">Every time a clinician reads or adds something, it is written here. It cannot be changed.</p>
        {audit.state.status === 'loading' && <Loading label="Loading the record" />}
        {audit.state.status === 'failed' && <LoadFailed error={audit.state.error} onRetry={() => void audit.reload()} />}
        {audit.state.data?.length === 0 && <p>Nobody has looked at anything yet.</p>}
        {audit.state.data && audit.state.data.length > 0 && (
          <ul className="audit-list" aria-label="Record of access">
            {groupRepeats(audit.state.data).map(({ entry, times, first }) => (
              <li key={entry.id} className="audit-list__item">
                <span className={`audit-list__action audit-list__action--${entry.action}`}>
                  {entry.action === 'read' ? 'Read' : 'Wrote'}
                </span>
                <span className="audit-list__text">
                  <strong>{entry.what}</strong>
                  <span>
                    {entry.clinician} ·{' '}
                    {times > 1 ? `${times} times, ${when(first)} to ${when(entry.createdAt)}` : when(entry.createdAt)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ScopeChecks({
  legend,
  scopes,
  onToggle,
  disabled = false,
}: {
  legend: string;
  scopes: readonly SharingScope[];
  onToggle(scope: SharingScope, on: boolean): void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="choices choices--checks">
      <legend className="field__label choices__legend">{legend}</legend>
      <div className="choices__options">
        {SCOPES.map((scope) => (
          <label key={scope} className="choice choice--check">
            <input
              type="checkbox"
              className="choice__input"
              checked={scopes.includes(scope)}
              disabled={disabled}
              onChange={(e) => onToggle(scope, e.target.checked)}
            />
            <span className="choice__mark" aria-hidden="true" />
            <span className="choice__text">
              <span className="choice__label">{SCOPE_WORDS[scope].label}</span>
              <span className="choice__detail">{SCOPE_WORDS[scope].detail}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Invite({ onInvited }: { onInvited(): void }) {
  const [scopes, setScopes] = useState<SharingScope[]>(['practice']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await sharingApi.invite(scopes));
      onInvited();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  }

  if (created) return <InvitationMade invitation={created} onDone={() => setCreated(null)} />;

  return (
    <form className="card form" onSubmit={(e) => void onSubmit(e)} aria-labelledby="invite-title" aria-busy={busy}>
      <h2 id="invite-title">Invite a clinician</h2>
      <ScopeChecks legend="What they can see" scopes={scopes} onToggle={(s, on) => setScopes((c) => withNotesRule(c, s, on))} />
      <p className="settings__meta">
        They can also suggest challenges and set a gentler pace. You decide whether to take a suggestion on.
      </p>
      <FormAlert message={error} />
      <button type="submit" className="button button--primary" disabled={busy || scopes.length === 0}>
        {busy ? 'Making a code…' : 'Make an invitation code'}
      </button>
    </form>
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const toast = useToast();
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => toast.show({ text: 'Copied.' }),
          () => toast.show({ text: 'Copying did not work here. Select the text and copy it instead.' }),
        )
      }
    >
      {label}
    </button>
  );
}

/** The code, shown this once: only its hash is kept, so it cannot be shown again. */
function InvitationMade({ invitation, onDone }: { invitation: CreatedInvitation; onDone(): void }) {
  const link = `${window.location.origin}${invitation.link}`;
  return (
    <section className="card card--glow invitation" aria-labelledby="code-title">
      <h2 id="code-title">Your invitation code</h2>
      <p className="invitation__code">{invitation.code}</p>
      <p>
        Give this to your clinician, or send them the link. It works once, until {day(invitation.expiresAt)}. They will
        see {scopeList(invitation.scopes)}.
      </p>
      <p className="invitation__link">{link}</p>
      <div className="actions actions--row">
        <CopyButton text={invitation.code} label="Copy the code" />
        <CopyButton text={link} label="Copy the link" />
      </div>
      <p className="settings__meta">This is the only time the code is shown. If it gets lost, withdraw it and make a new one.</p>
      <button type="button" className="button button--ghost" onClick={onDone}>
        Done
      </button>
    </section>
  );
}

function PendingInvitations({ invitations }: { invitations: ResourceHandle<Invitation[]> }) {
  const toast = useToast();
  const pending = invitations.state.data?.filter((i) => i.status === 'pending') ?? [];
  if (pending.length === 0) return null;
  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title">Codes not used yet</h2>
      <ul className="event-list">
        {pending.map((i) => (
          <li key={i.id} className="pending-invite">
            <span>
              Made {when(i.createdAt)}, works until {day(i.expiresAt)} · {scopeList(i.scopes)}
            </span>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                void sharingApi.withdrawInvitation(i.id).then(
                  () => {
                    toast.show({ text: 'Withdrawn. That code no longer works.' });
                    void invitations.reload();
                  },
                  (e: unknown) => toast.show({ text: message(e) }),
                )
              }
            >
              Withdraw
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConnectionCard({
  connection: c,
  onChanged,
  onStopped,
}: {
  connection: Connection;
  onChanged(next: Connection): void;
  onStopped(): void;
}) {
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [stopping, setStopping] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = c.clinician.displayName ?? c.clinician.email;
  const titleId = `connection-${c.id}`;

  async function toggle(scope: SharingScope, on: boolean) {
    setSaving(true);
    try {
      onChanged(await sharingApi.updateScopes(c.id, withNotesRule(c.scopes, scope, on)));
      toast.show({ text: 'Saved. It applies from their next look.' });
    } catch (e) {
      toast.show({ text: message(e) });
    } finally {
      setSaving(false);
    }
  }

  async function stop() {
    setStopping(true);
    setError(null);
    try {
      await sharingApi.stopSharing(c.id);
      setConfirming(false);
      toast.show({ text: `You no longer share with ${name}.` });
      onStopped();
    } catch (e) {
      setError(message(e));
      setStopping(false);
    }
  }

  const limits = [
    c.limits.pauseSuggestions ? 'suggestions paused' : null,
    c.limits.maxExpectedSuds !== null ? `expected distress up to ${c.limits.maxExpectedSuds}` : null,
    c.limits.maxStep !== null ? `steps of at most ${c.limits.maxStep}` : null,
  ].filter(Boolean);

  return (
    <article className="card connection" aria-labelledby={titleId}>
      <h3 id={titleId}>{name}</h3>
      <p className="connection__role">
        {c.clinician.profession}
        {c.clinician.licenceNumber ? ` · licence ${c.clinician.licenceNumber}` : ''}
      </p>
      <p className="settings__meta">Self-declared, not verified by Ask Anyway. Sharing since {day(c.createdAt)}.</p>
      {limits.length > 0 && <p className="settings__meta">Pace they set: {limits.join(', ')}.</p>}
      <ScopeChecks legend={`What ${name} can see`} scopes={c.scopes} disabled={saving} onToggle={(s, on) => void toggle(s, on)} />
      <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
        Stop sharing
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Stop sharing with ${name}?`}
        confirmLabel="Stop sharing"
        busyLabel="Stopping…"
        cancelLabel="Keep sharing"
        busy={stopping}
        error={error}
        onConfirm={() => void stop()}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        <p>
          From now on they see nothing, and their suggestions and pace limits stop. What you logged stays yours. You can
          invite them again any time.
        </p>
      </ConfirmDialog>
    </article>
  );
}

