import type { SafetyState } from '@ask-anyway/core';
import { Link, Redirect } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { EmergencyCard, LineList, linesFor } from '../components/crisis-help';
import { CheckIcon, LeafIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { ProfessionalCard } from '../components/professional-card';
import { useCountry } from '../safety/country';
import { paceLead } from '../safety/words';

/** Where the screening answers lead, said plainly: what changes, and why, in the person's own terms. */
export function ScreeningResultScreen() {
  const safety = useResource(() => api.safety());
  const state = safety.state.data;

  return (
    <div className="screen result">
      {safety.state.status === 'loading' && <Loading label="Loading" />}
      {safety.state.status === 'failed' && (
        <LoadFailed error={safety.state.error} onRetry={() => void safety.reload()} />
      )}
      {state && !state.screened && <Redirect to="/safety/screening" replace />}
      {state?.screened && state.pausedFor === 'crisis' && <Redirect to="/safety/crisis" replace />}
      {state?.screened && state.pausedFor === 'under-18' && <UnderEighteen state={state} />}
      {state?.screened && state.pausedFor === null && <Pace state={state} />}
    </div>
  );
}

function Pace({ state }: { state: SafetyState }) {
  const supported = state.mode === 'supported';
  const title = supported ? "We'll go gently" : "You're all set";
  useDocumentTitle(title);

  return (
    <>
      <div className="screen__intro">
        <span className={`result__badge${supported ? ' result__badge--gentle' : ''}`} aria-hidden="true">
          {supported ? <LeafIcon /> : <CheckIcon />}
        </span>
        <p className="eyebrow">Thank you for answering</p>
        <h1 tabIndex={-1}>{title}</h1>
        <p className="lead">{paceLead(state)}</p>
      </div>

      <section className="card" aria-labelledby="changes-title">
        <h2 id="changes-title">What this means</h2>
        <ul className="ticks">
          {supported ? (
            <>
              <li>First suggestions feel mild: about 10 to 30 out of 100.</li>
              <li>Each step up is small, and you move on only after managing the last one.</li>
              <li>After a hard moment, the next few days get easier, not harder.</li>
            </>
          ) : (
            <>
              <li>First suggestions feel moderate: about 20 to 45 out of 100.</li>
              <li>Steps up stay close to what you have already managed.</li>
              <li>After a hard moment, the next few days get easier, not harder.</li>
            </>
          )}
          <li>You can always pick your own challenge, or rest.</li>
        </ul>
      </section>

      {state.recommendProfessional && <ProfessionalCard />}

      <p className="result__note">
        This is not a diagnosis, only how we pace things. You can change your answers any time in Settings.
      </p>

      <div className="actions">
        <Link href="/today" className="button button--primary">
          Go to Today
        </Link>
        <Link href="/guide" className="button button--ghost">
          How Ask Anyway works
        </Link>
      </div>
    </>
  );
}

/**
 * Under 18: challenges stay off, said kindly and without blame, with resources. If the same answers
 * mention thoughts of self-harm, the help for that comes first.
 */
function UnderEighteen({ state }: { state: SafetyState }) {
  useDocumentTitle('Ask Anyway is for adults');
  const { help: country } = useCountry();
  const { local, directory } = linesFor(country);
  const hurting = state.screening?.answers?.selfHarmThoughts ?? false;

  return (
    <>
      <div className="screen__intro">
        <p className="eyebrow">Thank you for being honest</p>
        <h1 tabIndex={-1}>Ask Anyway is for adults</h1>
        <p className="lead">
          Facing fears step by step is brave at any age. Under 18, it is best done with support from someone you trust,
          like a parent, a school counsellor or a doctor, so challenges stay off here.
        </p>
      </div>

      {hurting && (
        <section className="card card--soft" aria-labelledby="hurting-title">
          <h2 id="hurting-title">You mentioned thoughts of harming yourself</h2>
          <p>
            Please talk to someone today. These services are free and they listen, whatever your age. Find A Helpline
            also lists services just for young people.
          </p>
        </section>
      )}

      <EmergencyCard country={country} />

      <section aria-labelledby="young-lines-title">
        <h2 id="young-lines-title" className="section-title">
          People you can talk to
        </h2>
        <LineList lines={[...local, ...directory]} />
      </section>

      <p className="result__note">
        Answered by mistake?{' '}
        <Link href="/safety/screening" className="text-link">
          Change your answers
        </Link>
        .
      </p>
    </>
  );
}
