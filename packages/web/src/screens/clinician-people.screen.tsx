import type { User } from '@ask-anyway/core';
import { Link, Redirect } from 'wouter';
import { useResource } from '../api/use-resource';
import { clinicianApi } from '../clinicians/api';
import { hasWaitingInvitationCode } from '../clinicians/invitation-link';
import { scopeList, when } from '../clinicians/words';
import { useDocumentTitle } from '../components/app-shell';
import { FlagChips } from '../components/flag-chips';
import { ChevronRightIcon, PlusIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';

/** The clinician's home: the people who shared with them, what needs attention first. */
export function ClinicianPeopleScreen({ user }: { user: User }) {
  useDocumentTitle('People');
  const people = useResource(() => clinicianApi.people());
  const list = people.state.data;

  // Signed in after opening a person's invitation link: take the clinician to the code they were given.
  if (hasWaitingInvitationCode()) return <Redirect to="/clinician/accept" replace />;

  return (
    <div className="screen">
      <div className="screen__intro">
        <p className="eyebrow">{user.clinician?.profession ?? 'Clinician'}</p>
        <h1 tabIndex={-1}>People</h1>
        <p className="lead">Only what each person chose to share. What needs attention comes first.</p>
      </div>

      <Link href="/clinician/accept" className="button button--primary">
        <PlusIcon />
        Enter an invitation code
      </Link>

      {people.state.status === 'loading' && <Loading label="Loading the people you work with" />}
      {people.state.status === 'failed' && <LoadFailed error={people.state.error} onRetry={() => void people.reload()} />}
      {list && list.length === 0 && (
        <section className="card card--soft" aria-labelledby="nobody-title">
          <h2 id="nobody-title">Nobody here yet</h2>
          <p>
            When a person chooses to share with you, they give you a code from their settings. Enter it here and they
            appear in this list.
          </p>
        </section>
      )}
      {list && list.length > 0 && (
        <section aria-labelledby="people-title">
          <h2 id="people-title" className="section-title">
            {list.length === 1 ? '1 person' : `${list.length} people`}
          </h2>
          <ul className="people">
            {list.map((p) => {
              const name = p.displayName ?? 'Unnamed person';
              return (
                <li key={p.connectionId}>
                  <Link href={`/clinician/people/${p.connectionId}`} className="person-row" aria-describedby={`${p.connectionId}-meta`}>
                    <span className="person-row__text">
                      <strong className="person-row__name">{name}</strong>
                      <FlagChips flags={p.flags} />
                      <span id={`${p.connectionId}-meta`} className="person-row__meta">
                        {p.lastActivityAt ? `Last active ${when(p.lastActivityAt)}` : 'No activity yet'} · Shares{' '}
                        {scopeList(p.scopes, 'clinician')}
                      </span>
                    </span>
                    <ChevronRightIcon className="person-row__chevron" />
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <p className="fine-print">
        Ask Anyway is a self-help practice, not a treatment. Flags come only from what a person shares and are not a
        risk assessment.
      </p>
    </div>
  );
}
