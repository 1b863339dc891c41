import type { MeasureEntry, MeasuresOverview } from '@ask-anyway/core';
import { Link } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { ChevronRightIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { ChangeStatement, LatestScore } from '../components/measure-summary';
import { ProfessionalCard } from '../components/professional-card';
import {
  bandWords,
  dueCopy,
  formatWhen,
  INSTRUMENT_BY_ID,
  MEASURE_ABOUT,
  MEASURE_ORDER,
  MINUTES,
  scoreText,
  shortName,
} from '../measures/words';

interface Loaded {
  overview: MeasuresOverview;
  entries: MeasureEntry[];
}

/**
 * The questionnaires: what is due (kindly), where each one stands, and every past entry. Any of
 * them can be taken at any time; "due" is only a nudge.
 */
export function MeasuresScreen() {
  useDocumentTitle('Questionnaires');
  const data = useResource<Loaded>(async () => {
    const [overview, entries] = await Promise.all([api.measures(), api.measureEntries()]);
    return { overview, entries };
  });

  return (
    <div className="screen measures">
      <BackLink href="/progress">Progress</BackLink>
      <div className="screen__intro">
        <h1 tabIndex={-1}>Questionnaires</h1>
        <p className="lead">A few minutes now and then shows whether this is helping you. They are not a diagnosis.</p>
      </div>
      {data.state.status === 'loading' && <Loading label="Loading your questionnaires" />}
      {data.state.status === 'failed' && <LoadFailed error={data.state.error} onRetry={() => void data.reload()} />}
      {data.state.status === 'ready' && <MeasuresView {...data.state.data} />}
    </div>
  );
}

function MeasuresView({ overview, entries }: Loaded) {
  const due = overview.due.filter((d) => d.due);
  const sameReason = due.every((d) => d.reason === due[0]?.reason);
  const worse = overview.summaries.some((s) => s.change === 'reliably worse' || s.suggestProfessional);
  return (
    <>
      {due.length > 0 && (
        <section className="card card--glow due" aria-labelledby="due-title">
          <h2 id="due-title">Ready when you are</h2>
          {sameReason && <p>{dueCopy(due[0]?.reason ?? null)}</p>}
          <ul className="due__list">
            {due.map((d) => (
              <li key={d.measure}>
                <Link href={`/measures/${d.measure}`} className="due__item">
                  <span className="due__text">
                    <span className="due__name">{shortName(d.measure)}</span>
                    <span className="due__why">{sameReason ? MINUTES[d.measure] : dueCopy(d.reason)}</span>
                  </span>
                  <ChevronRightIcon />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {MEASURE_ORDER.map((measure) => {
        const summary = overview.summaries.find((s) => s.measure === measure);
        const instrument = INSTRUMENT_BY_ID[measure];
        return (
          <section key={measure} className="card measure" aria-labelledby={`measure-${measure}`}>
            <div className="measure__head">
              <h2 id={`measure-${measure}`}>{instrument.shortName}</h2>
              <span className="measure__time">{MINUTES[measure]}</span>
            </div>
            <p>{MEASURE_ABOUT[measure]}</p>
            {summary && <LatestScore summary={summary} />}
            {summary && <ChangeStatement summary={summary} />}
            <Link href={`/measures/${measure}`} className="button button--secondary">
              {`Take the ${instrument.shortName}`}
            </Link>
          </section>
        );
      })}

      {worse && (
        <ProfessionalCard lead="When a score goes up, a professional can help you work out why and what would help. You don't have to wait until things are bad." />
      )}

      <section className="card" aria-labelledby="past-title">
        <h2 id="past-title">Past entries</h2>
        {entries.length === 0 ? (
          <p>Nothing yet. Your first one becomes the baseline.</p>
        ) : (
          <ul className="entries">
            {entries.map((e) => (
              <li key={e.id}>
                <Link href={`/measures/entry/${e.id}`} className="entries__item">
                  <span className="entries__main">
                    <span className="entries__name">{shortName(e.measure)}</span>
                    <span className="entries__date">{formatWhen(e.takenAt)}</span>
                  </span>
                  <span className="entries__score">
                    {e.complete ? scoreText(e.measure, e.score) : 'Saved, not scored'}
                    {e.band && ` · ${bandWords(e.band)}`}
                  </span>
                  {e.correctedById && <span className="tag">corrected</span>}
                  {e.correctsId && <span className="tag tag--soft">correction</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="actions">
        <Link href="/report" className="button button--ghost">
          Make a report to share
        </Link>
      </div>
      <p className="fine-print">
        Scores describe how much things have bothered you lately, not what you "have".{' '}
        <Link href="/help" className="text-link">
          Help is one tap away
        </Link>
        .
      </p>
    </>
  );
}
