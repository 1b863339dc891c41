import { Link, useSearch } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { CataloguePicker } from '../components/catalogue-picker';
import { ChevronRightIcon, PencilIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { sudsTone } from '../practice/words';

/** "I'll pick my own": a step from the ladder, an idea from the catalogue, or the person's own words. */
export function PickChallengeScreen() {
  useDocumentTitle('Pick your own');
  const catalogue = useResource(() => api.catalogue());
  const ladder = useResource(() => api.ladder());
  const rungs = ladder.state.data?.rungs.filter((r) => r.mastery !== 'mastered') ?? [];
  // Arrived from a heads-up's "Pick something gentler".
  const gentler = new URLSearchParams(useSearch()).has('gentler');

  return (
    <div className="screen">
      <BackLink href="/today">Today</BackLink>
      <div className="screen__intro">
        <h1 tabIndex={-1}>Pick your own</h1>
        <p className="lead">
          {gentler
            ? 'Something gentler is a good call. Steps rated lower than the one you chose fit today well.'
            : 'Choose what feels right today. Gentle is good: small steps are how this works.'}
        </p>
      </div>

      <Link href="/experiment/new" className="link-card">
        <span className="link-card__icon">
          <PencilIcon />
        </span>
        <span className="link-card__text">
          <strong>In my own words</strong>
          <span>Something that is not on any list</span>
        </span>
        <ChevronRightIcon className="link-card__chevron" />
      </Link>

      {rungs.length > 0 && (
        <section aria-labelledby="from-ladder" className="stack">
          <h2 id="from-ladder">From your ladder</h2>
          <ul className="picks">
            {rungs.map((rung) => (
              <li key={rung.id} className="pick">
                <Link href={`/experiment/new?rung=${encodeURIComponent(rung.id)}`} className="pick__main">
                  <span className={`level-pill level-pill--${sudsTone(rung.suds)}`}>{rung.suds}</span>
                  <span className="pick__text">
                    <span className="pick__title">{rung.title}</span>
                  </span>
                  <ChevronRightIcon className="pick__chevron" />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="from-ideas" className="stack">
        <h2 id="from-ideas">From the ideas</h2>
        {catalogue.state.status === 'loading' && <Loading label="Loading ideas" />}
        {catalogue.state.status === 'failed' && (
          <LoadFailed error={catalogue.state.error} onRetry={() => void catalogue.reload()} />
        )}
        {catalogue.state.status === 'ready' && (
          <CataloguePicker
            catalogue={catalogue.state.data}
            hrefFor={(c) => `/experiment/new?challenge=${encodeURIComponent(c.slug)}`}
          />
        )}
      </section>
    </div>
  );
}
