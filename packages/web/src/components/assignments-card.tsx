import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../api/client';
import { useResource } from '../api/use-resource';
import { sharingApi } from '../clinicians/api';
import type { Assignment } from '../clinicians/types';
import { sudsTone, sudsWord } from '../practice/words';
import { PersonIcon } from './icons';
import { useToast } from './toast';

/**
 * Suggestions from a clinician the person shares with, waiting for an answer. Accepting puts one on
 * the ladder, to plan through the usual steps; "Not now" is an answer too, and carries no blame.
 * Offline or on a failed load it stays away: Today works without it.
 */
export function AssignmentsCard() {
  const toast = useToast();
  const assignments = useResource(() => sharingApi.assignments());
  const [busy, setBusy] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<Assignment | null>(null);
  const pending = assignments.state.data?.filter((a) => a.status === 'pending') ?? [];
  if (pending.length === 0 && !accepted) return null;

  async function respond(a: Assignment, accept: boolean) {
    setBusy(a.id);
    try {
      const answered = await sharingApi.respond(a.id, accept);
      if (accept) setAccepted(answered);
      else toast.show({ text: 'Okay, not now. They will see your answer.' });
      await assignments.reload();
    } catch (error) {
      toast.show({ text: error instanceof ApiError ? error.message : 'That did not work. Please try again.' });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card assignments" aria-labelledby="assignments-title">
      <span className="card__badge card__badge--soft">
        <PersonIcon />
      </span>
      <h2 id="assignments-title">{pending.length === 1 || (pending.length === 0 && accepted) ? 'A suggestion from your clinician' : 'Suggestions from your clinician'}</h2>
      {accepted && (
        <div className="assignment assignment--done" role="status">
          <p>
            <strong>“{accepted.title}” is on your ladder.</strong> Plan it when you are ready — or now.
          </p>
          <div className="actions actions--row">
            {accepted.rungId && (
              <Link href={`/experiment/new?rung=${encodeURIComponent(accepted.rungId)}`} className="button button--primary button--small">
                Plan it now
              </Link>
            )}
            <button type="button" className="button button--ghost button--small" onClick={() => setAccepted(null)}>
              Later
            </button>
          </div>
        </div>
      )}
      <ul className="assignment-list">
        {pending.map((a) => (
          <li key={a.id} className="assignment">
            <h3 id={`assignment-${a.id}`} className="assignment__title">
              {a.title}
            </h3>
            <p className="suggestion__level">
              <span className={`level-pill level-pill--${sudsTone(a.suds)}`}>{a.suds}</span>
              <span>Expected distress · {sudsWord(a.suds)}</span>
            </p>
            {a.note && <p className="assignment__note">“{a.note}”</p>}
            <p className="assignment__from">From {a.from}</p>
            <div className="actions actions--row">
              <button type="button" className="button button--primary button--small" disabled={busy !== null} onClick={() => void respond(a, true)}>
                {busy === a.id ? 'Adding…' : 'Accept'}
                <span className="visually-hidden"> “{a.title}”</span>
              </button>
              <button type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void respond(a, false)}>
                Not now
                <span className="visually-hidden"> for “{a.title}”</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
