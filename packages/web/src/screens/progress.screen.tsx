import type { Progress } from '@ask-anyway/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api/client';
import type { Anticipation } from '../api/contract';
import { useResource } from '../api/use-resource';
import { AnticipationChart } from '../components/anticipation-chart';
import { useDocumentTitle } from '../components/app-shell';
import { Bar } from '../components/bar';
import { LoadFailed, Loading } from '../components/load-state';
import { ChangeStatement, LatestScore } from '../components/measure-summary';
import {
  PeaksTable,
  PeakSparkline,
  ScoreChart,
  ScoreTable,
  TableToggle,
  WeeksChart,
  WeeksTable,
} from '../components/progress-charts';
import { MEASURE_ORDER, shortName } from '../measures/words';
import { formatLocalDate, plural } from '../practice/words';

export function ProgressScreen() {
  useDocumentTitle('Progress');
  const progress = useResource(() => api.progress());

  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 tabIndex={-1}>Your progress</h1>
        <p className="lead">Does it help? Here is the answer in your own numbers.</p>
      </div>
      {progress.state.status === 'loading' && <Loading label="Loading your progress" />}
      {progress.state.status === 'failed' && (
        <LoadFailed error={progress.state.error} onRetry={() => void progress.reload()} />
      )}
      {progress.state.status === 'ready' && <ProgressView progress={progress.state.data} />}
      {progress.state.status === 'ready' && <QuestionnairesCard />}
      {progress.state.status === 'ready' && <PeaksCard rungs={progress.state.data.rungs} />}
      {progress.state.status === 'ready' && <WeeksCard weeks={progress.state.data.weeks} />}
      <div className="actions">
        <Link href="/report" className="button button--ghost">
          Make a report to share
        </Link>
      </div>
    </div>
  );
}

function ProgressView({ progress }: { progress: Progress }) {
  const { stats, streak, anticipation, restDays } = progress;
  const share = stats.unexpectedYesShare === null ? null : Math.round(stats.unexpectedYesShare * 100);
  return (
    <>
      <AnticipationCard anticipation={anticipation} />
      <BeliefCard anticipation={anticipation} />

      <section className="card" aria-labelledby="asks-title">
        <h2 id="asks-title">Your asks</h2>
        <dl className="tiles">
          <div className="tile">
            <dt>Asks</dt>
            <dd className="tile__number">{stats.asks}</dd>
            <dd className="tile__note">Every time you asked</dd>
          </div>
          <div className="tile tile--win">
            <dt>Nos</dt>
            <dd className="tile__number">{stats.rejections}</dd>
            <dd className="tile__note">Every no is a win</dd>
          </div>
          <div className="tile">
            <dt>Yeses</dt>
            <dd className="tile__number">{stats.acceptances}</dd>
            <dd className="tile__note">{stats.partly > 0 ? `Plus ${stats.partly} partly` : 'Brave asks that landed'}</dd>
          </div>
          <div className="tile">
            <dt>Unexpected yes</dt>
            <dd className="tile__number">{share === null ? '—' : `${share}%`}</dd>
            <dd className="tile__note">{share === null ? 'After your first ask' : 'of asks got a yes or partly'}</dd>
          </div>
        </dl>
        {stats.notDone > 0 && (
          <p className="tiles__aside">
            Not done this time: {stats.notDone}. Those never count against you.
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="streak-title">
        <h2 id="streak-title">Streak</h2>
        <dl className="tiles">
          <div className="tile">
            <dt>Current</dt>
            <dd className="tile__number">{plural(streak.current, 'day')}</dd>
          </div>
          <div className="tile">
            <dt>Longest</dt>
            <dd className="tile__number">{plural(streak.longest, 'day')}</dd>
          </div>
        </dl>
        <p>
          {streak.todayIsRest
            ? 'Today is a rest day. Rest is part of it.'
            : streak.todayDone
              ? 'Today is done. Nicely asked.'
              : streak.current > 0
                ? 'Today is still open. No pressure.'
                : 'A fresh run starts with any ask, whenever you are ready.'}{' '}
          Rest days never break a streak, and your totals always stay.
        </p>
        {restDays.length > 0 && <p className="tiles__aside">Rest days taken: {restDays.length}.</p>}
      </section>
    </>
  );
}

function AnticipationCard({ anticipation }: { anticipation: Anticipation }) {
  const [asTable, setAsTable] = useState(false);
  const { points } = anticipation;
  return (
    <section className="card card--glow anticipation" aria-labelledby="anticipation-title">
      <h2 id="anticipation-title">Anticipation vs reality</h2>
      <p className="anticipation__sentence">{anticipation.sentence}</p>
      {points.length > 0 ? (
        <>
          <ul className="legend" aria-label="Lines in the chart">
            <li className="legend__item legend__item--expected">Expected peak distress</li>
            <li className="legend__item legend__item--actual">Actual peak distress</li>
          </ul>
          <AnticipationChart points={points} />
          <button
            type="button"
            className="button button--secondary button--small anticipation__toggle"
            aria-expanded={asTable}
            aria-controls="anticipation-table"
            onClick={() => setAsTable((t) => !t)}
          >
            {asTable ? 'Hide the table' : 'Show as table'}
          </button>
          <div id="anticipation-table" className="table-wrap" hidden={!asTable}>
            {asTable && (
              <table className="table">
                <caption>Expected and actual peak distress (0–100), and belief in the feared outcome, for each ask</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Expected</th>
                    <th scope="col">Actual</th>
                    <th scope="col">Belief before</th>
                    <th scope="col">Belief after</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{formatLocalDate(p.date)}</th>
                      <td>{p.expected}</td>
                      <td>{p.actual}</td>
                      <td>{p.beliefBefore === null ? '—' : `${p.beliefBefore}%`}</td>
                      <td>{p.beliefAfter === null ? '—' : `${p.beliefAfter}%`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </>
      ) : (
        <Link href="/today" className="button button--secondary">
          Plan an ask with a prediction
        </Link>
      )}
    </section>
  );
}

function BeliefCard({ anticipation }: { anticipation: Anticipation }) {
  const rerated = anticipation.points.filter((p) => p.beliefBefore !== null && p.beliefAfter !== null);
  if (rerated.length === 0) return null;
  const before = Math.round(rerated.reduce((s, p) => s + p.beliefBefore!, 0) / rerated.length);
  const after = Math.round(rerated.reduce((s, p) => s + p.beliefAfter!, 0) / rerated.length);
  const drop = anticipation.averageBeliefDrop ?? before - after;
  return (
    <section className="card" aria-labelledby="belief-title">
      <h2 id="belief-title">Belief before and after</h2>
      <p>
        {drop > 0
          ? `On average, your belief in what you feared dropped ${drop} points once you had asked.`
          : drop < 0
            ? 'On average, your belief in what you feared went up a little after asking. Worth talking through, and smaller steps can help.'
            : 'On average, your belief in what you feared stayed about the same. It often shifts after a few more asks.'}
      </p>
      <div className="bars" role="img" aria-label={`Average belief before: ${before}%. After: ${after}%. Over ${plural(rerated.length, 'ask')}.`}>
        <Bar label="Before" value={before} unit="%" kind="before" />
        <Bar label="After" value={after} unit="%" kind="after" />
      </div>
    </section>
  );
}

/** Each questionnaire with at least one score: its line over the bands, a table, and what changed. */
function QuestionnairesCard() {
  const overview = useResource(() => api.measures());
  const scored = MEASURE_ORDER.flatMap((m) => overview.state.data?.summaries.filter((s) => s.measure === m && s.series.length > 0) ?? []);
  const due = overview.state.data?.due.some((d) => d.due) ?? false;
  return (
    <section className="card questionnaires" aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">Questionnaires</h2>
      {overview.state.status === 'loading' && <Loading label="Loading your questionnaires" />}
      {overview.state.status === 'failed' && (
        <p>{overview.state.error.isNetwork ? 'Questionnaire scores show when you are online.' : overview.state.error.message}</p>
      )}
      {overview.state.status === 'ready' && scored.length === 0 && (
        <p>A short questionnaire now and then shows whether this is helping. Your first one is the baseline.</p>
      )}
      {scored.map((summary) => (
        <div key={summary.measure} className="questionnaires__one">
          <h3>{shortName(summary.measure)}</h3>
          <LatestScore summary={summary} />
          <ScoreChart measure={summary.measure} series={summary.series} />
          <TableToggle id={`${summary.measure}-table`}>
            <ScoreTable measure={summary.measure} series={summary.series} />
          </TableToggle>
          <ChangeStatement summary={summary} />
        </div>
      ))}
      {overview.state.status === 'ready' && (
        <Link href="/measures" className="button button--secondary">
          {due ? 'A questionnaire is ready' : 'Questionnaires'}
        </Link>
      )}
    </section>
  );
}

function PeaksCard({ rungs }: { rungs: Progress['rungs'] }) {
  const tried = rungs.filter((r) => r.attempts.length > 0);
  if (tried.length === 0) return null;
  return (
    <section className="card peaks" aria-labelledby="peaks-title">
      <h2 id="peaks-title">Peak distress per rung</h2>
      <p>How high distress peaked each time you tried a step of your ladder. It often settles with repetition.</p>
      <ul className="peaks__list">
        {tried.map((r) => (
          <li key={r.rungId} className="peaks__rung">
            <h3 className="peaks__label">
              {r.label} <span className="peaks__rating">{`rated ${r.suds}`}</span>
            </h3>
            <PeakSparkline rung={r} />
          </li>
        ))}
      </ul>
      <TableToggle id="peaks-table">
        <PeaksTable rungs={tried} />
      </TableToggle>
    </section>
  );
}

function WeeksCard({ weeks }: { weeks: Progress['weeks'] }) {
  const recent = weeks.slice(-12);
  if (recent.length === 0 || recent.every((w) => w.asks === 0)) return null;
  return (
    <section className="card weeks" aria-labelledby="weeks-title">
      <h2 id="weeks-title">Asks per week</h2>
      <WeeksChart weeks={recent} />
      <TableToggle id="weeks-table">
        <WeeksTable weeks={recent} />
      </TableToggle>
    </section>
  );
}
