import type { Experiment } from '@ask-anyway/core';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { api } from '../api/client';
import type { CatalogueChallenge } from '../api/contract';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { Consideration } from '../components/consideration';
import { LoadFailed, Loading } from '../components/load-state';
import { MomentLinks } from '../components/moment-links';
import { useToast } from '../components/toast';
import { safetyLabel } from '../practice/words';

const COUNT_FROM = 3;

/**
 * The moment between deciding and asking, kept short on purpose: the longer someone waits, the
 * louder the fear gets. A three-second count, one line of courage, and the way to log it after.
 */
export function DoItNowScreen() {
  useDocumentTitle('Do it now');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const toast = useToast();
  const data = useResource(async () => {
    const [experiment, catalogue] = await Promise.all([api.experiment(id), api.catalogue()]);
    const challenge = experiment.challengeSlug
      ? (catalogue.challenges.find((c) => c.slug === experiment.challengeSlug) ?? null)
      : null;
    return { experiment, challenge };
  }, id);

  function notNow() {
    navigate('/today');
    toast.show({
      text: 'Kept as a plan. It waits in your history for whenever you are ready.',
      action: { label: 'See history', href: '/history' },
    });
  }

  return (
    <div className="screen go">
      <div className="screen__intro go__intro">
        <p className="eyebrow">Step 2 of 3</p>
        <h1 tabIndex={-1}>Do it now</h1>
      </div>

      <MomentLinks experimentId={id} />

      <Countdown />

      <p className="go__line">
        The longer you wait, the louder the fear gets. Go now — whatever they say, asking is the win.
      </p>

      {data.state.status === 'loading' && <Loading label="Loading your challenge" />}
      {data.state.status === 'failed' && <LoadFailed error={data.state.error} onRetry={() => void data.reload()} />}
      {data.state.status === 'ready' && <Reminder {...data.state.data} />}

      <div className="actions">
        <Link href={`/experiment/${id}/after`} className="button button--primary button--big">
          I did it — log what happened
        </Link>
        <button type="button" className="button button--ghost" onClick={notNow}>
          Not now
        </button>
      </div>
      <p className="fine-print">Not now is fine. No blame, and nothing is lost.</p>
    </div>
  );
}

function Reminder({ experiment, challenge }: { experiment: Experiment; challenge: CatalogueChallenge | null }) {
  const dropping = [
    ...experiment.safetyBehavioursToDrop.map(safetyLabel),
    ...(experiment.safetyBehavioursOther ? [experiment.safetyBehavioursOther] : []),
  ];
  return (
    <section className="card go__card" aria-labelledby="go-challenge">
      <h2 id="go-challenge">{experiment.title}</h2>
      {challenge && <p>{challenge.ask}</p>}
      {dropping.length > 0 && (
        <div className="go__dropping">
          <h3>Leaving out this time</h3>
          <ul>
            {dropping.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      )}
      {challenge?.consideration && <Consideration>{challenge.consideration}</Consideration>}
    </section>
  );
}

/**
 * 3, 2, 1, go. The ring's sweep is an animation, which the reduced-motion setting switches off
 * (styles/base.css); the numbers still change, once a second. Screen readers hear only "Go".
 */
function Countdown() {
  const [left, setLeft] = useState(COUNT_FROM);
  useEffect(() => {
    if (left === 0) return;
    const timer = window.setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);

  return (
    <div className="countdown">
      <svg className="countdown__ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle className="countdown__track" cx="60" cy="60" r="52" />
        <circle className="countdown__sweep" cx="60" cy="60" r="52" pathLength="100" />
      </svg>
      <span key={left} className={`countdown__number${left === 0 ? ' countdown__number--go' : ''}`} aria-hidden="true">
        {left === 0 ? 'Go' : left}
      </span>
      <span className="visually-hidden" role="status">
        {left === 0 ? 'Go when you are ready.' : ''}
      </span>
    </div>
  );
}
