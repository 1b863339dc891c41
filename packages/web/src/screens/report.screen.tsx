import type { Experiment, Report, SafetyEvent } from '@ask-anyway/core';
import { useState } from 'react';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { LoadFailed, Loading } from '../components/load-state';
import { changeWords, formatWhen, MEASURE_ORDER, scoreText, shortName } from '../measures/words';
import { FEARED_HAPPENED_CHOICES, formatLocalDate, OUTCOME_CHOICES } from '../practice/words';

type SectionKey = 'measures' | 'ladder' | 'experiments' | 'safety';

const SECTIONS: readonly { key: SectionKey; label: string }[] = [
  { key: 'measures', label: 'Questionnaires' },
  { key: 'ladder', label: 'Ladder progress' },
  { key: 'experiments', label: 'Experiments' },
  { key: 'safety', label: 'Safety events' },
];

const EVENT_WORDS: Record<SafetyEvent['kind'], string> = {
  panic: 'Panic noted',
  moment: 'Needed a moment',
  'crisis-answer': 'Crisis answer (help shown, challenges paused)',
  'safe-check-in': 'Safe check-in',
  'heads-up-confirmed': 'Chose a harder step after a heads-up',
};

/**
 * A report to print or save as a PDF, for a session with a therapist. The person chooses the period
 * and what goes in: anything unticked is not rendered at all, so it cannot end up on paper.
 */
export function ReportScreen() {
  useDocumentTitle('Report');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState({ from: '', to: '' });
  const report = useResource(() => api.report(period.from || undefined, period.to || undefined), `${period.from}|${period.to}`);
  const [included, setIncluded] = useState<Record<SectionKey, boolean>>({ measures: true, ladder: true, experiments: true, safety: true });
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());

  return (
    <div className="screen report">
      <div className="no-print">
        <BackLink href="/progress">Progress</BackLink>
      </div>
      <div className="screen__intro no-print">
        <h1 tabIndex={-1}>Your report</h1>
        <p className="lead">To print, or save as a PDF to share with a therapist. You choose what goes in.</p>
      </div>

      <form
        className="card report__options no-print"
        aria-labelledby="options-title"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod({ from, to });
        }}
      >
        <h2 id="options-title">What to include</h2>
        <fieldset className="report__period">
          <legend className="field__label">Period (leave empty for everything)</legend>
          <div className="report__dates">
            <label className="field">
              <span className="field__label">From</span>
              <input className="field__input" type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label className="field">
              <span className="field__label">To</span>
              <input className="field__input" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
            </label>
          </div>
          <button type="submit" className="button button--secondary button--small">
            Show this period
          </button>
        </fieldset>
        <fieldset className="choices choices--checks">
          <legend className="field__label choices__legend">Sections</legend>
          <div className="choices__options">
            {SECTIONS.map((s) => (
              <label key={s.key} className="choice choice--check">
                <input
                  type="checkbox"
                  className="choice__input"
                  checked={included[s.key]}
                  onChange={() => setIncluded((i) => ({ ...i, [s.key]: !i[s.key] }))}
                />
                <span className="choice__mark" aria-hidden="true" />
                <span className="choice__text">
                  <span className="choice__label">{s.label}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {included.experiments && report.state.data && report.state.data.experiments.length > 0 && (
          <details className="report__pick">
            <summary>Choose experiments ({report.state.data.experiments.length - countIn(report.state.data.experiments, leftOut)} of {report.state.data.experiments.length} in)</summary>
            <fieldset className="choices choices--checks">
              <legend className="visually-hidden">Experiments to include</legend>
              <div className="choices__options">
                {report.state.data.experiments.map((e) => (
                  <label key={e.id} className="choice choice--check">
                    <input
                      type="checkbox"
                      className="choice__input"
                      checked={!leftOut.has(e.id)}
                      onChange={() =>
                        setLeftOut((set) => {
                          const next = new Set(set);
                          if (next.has(e.id)) next.delete(e.id);
                          else next.add(e.id);
                          return next;
                        })
                      }
                    />
                    <span className="choice__mark" aria-hidden="true" />
                    <span className="choice__text">
                      <span className="choice__label">{e.title}</span>
                      <span className="choice__detail">{formatLocalDate(e.localDate)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </details>
        )}
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={report.state.status !== 'ready'}>
          Print or save as PDF
        </button>
      </form>

      {report.state.status === 'loading' && <Loading label="Loading your report" />}
      {report.state.status === 'failed' && <LoadFailed error={report.state.error} onRetry={() => void report.reload()} />}
      {report.state.status === 'ready' && (
        <ReportDocument report={report.state.data} included={included} leftOut={leftOut} />
      )}
    </div>
  );
}

function countIn(experiments: readonly Experiment[], leftOut: ReadonlySet<string>): number {
  return experiments.filter((e) => leftOut.has(e.id)).length;
}

function ReportDocument({
  report,
  included,
  leftOut,
}: {
  report: Report;
  included: Record<SectionKey, boolean>;
  leftOut: ReadonlySet<string>;
}) {
  const experiments = report.experiments.filter((e) => !leftOut.has(e.id));
  const measures = MEASURE_ORDER.map((m) => report.measures.find((s) => s.measure === m)).filter((s) => s !== undefined);
  const { stats } = report;
  return (
    <article className="report__doc" aria-labelledby="report-title">
      <header className="report__head">
        <h2 id="report-title">{report.displayName ? `Ask Anyway report for ${report.displayName}` : 'Ask Anyway report'}</h2>
        <p>{`Period: ${formatLocalDate(report.from, 'long')} to ${formatLocalDate(report.to, 'long')}`}</p>
        <p>{`Made on ${formatWhen(report.generatedAt, 'long')}`}</p>
        <p>{`Asks: ${stats.asks} · Nos: ${stats.rejections} · Yeses: ${stats.acceptances} · Partly: ${stats.partly}`}</p>
      </header>

      {included.measures && (
        <section className="report__section" aria-labelledby="r-measures">
          <h3 id="r-measures">Questionnaires</h3>
          {measures.length === 0 || measures.every((s) => !s.latest) ? (
            <p>No questionnaires in this period.</p>
          ) : (
            <table className="table report__table">
              <caption>First and latest scores in the period; bands say how much it bothered, not a diagnosis</caption>
              <thead>
                <tr>
                  <th scope="col">Questionnaire</th>
                  <th scope="col">First</th>
                  <th scope="col">Latest</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {measures
                  .filter((s) => s.latest)
                  .map((s) => (
                    <tr key={s.measure}>
                      <th scope="row">{shortName(s.measure)}</th>
                      <td>{s.baseline ? `${scoreText(s.measure, s.baseline.score)}${s.baseline.band ? ` (${s.baseline.band})` : ''}, ${formatWhen(s.baseline.takenAt)}` : '—'}</td>
                      <td>{s.latest ? `${scoreText(s.measure, s.latest.score)}${s.latest.band ? ` (${s.latest.band})` : ''}, ${formatWhen(s.latest.takenAt)}` : '—'}</td>
                      <td>{changeWords(s.change) ?? 'Only one score'}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {included.ladder && (
        <section className="report__section" aria-labelledby="r-ladder">
          <h3 id="r-ladder">Ladder progress</h3>
          {report.rungs.length === 0 ? (
            <p>No ladder steps tried in this period.</p>
          ) : (
            <table className="table report__table">
              <caption>Each step's distress rating (0–100) and the actual peak at each try</caption>
              <thead>
                <tr>
                  <th scope="col">Step</th>
                  <th scope="col">Rating</th>
                  <th scope="col">Peaks</th>
                </tr>
              </thead>
              <tbody>
                {report.rungs.map((r) => (
                  <tr key={r.rungId}>
                    <th scope="row" className="table__wrap">
                      {r.label}
                    </th>
                    <td>{r.suds}</td>
                    <td>{r.attempts.map((a) => a.peak).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {included.experiments && (
        <section className="report__section" aria-labelledby="r-experiments">
          <h3 id="r-experiments">Experiments</h3>
          {experiments.length === 0 ? (
            <p>No experiments included.</p>
          ) : (
            <ol className="report__experiments">
              {experiments.map((e) => (
                <li key={e.id} className="report__experiment">
                  <h4>{`${e.title} · ${formatLocalDate(e.localDate)}`}</h4>
                  <dl className="report__facts">
                    <Fact term="Feared" value={e.fearedConsequence} />
                    <Fact term="Belief before → after" value={e.beliefBefore === null ? null : `${e.beliefBefore}% → ${e.beliefAfter === null ? '—' : `${e.beliefAfter}%`}`} />
                    <Fact term="Expected → actual peak" value={e.expectedSuds === null && e.actualSuds === null ? null : `${e.expectedSuds ?? '—'} → ${e.actualSuds ?? '—'}`} />
                    <Fact term="Outcome" value={e.outcome ? OUTCOME_CHOICES[e.outcome] : 'Planned'} />
                    <Fact term="Feared outcome happened" value={e.fearedHappened ? FEARED_HAPPENED_CHOICES[e.fearedHappened] : null} />
                    <Fact term="Learned" value={e.learned} />
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {included.safety && (
        <section className="report__section" aria-labelledby="r-safety">
          <h3 id="r-safety">Safety events</h3>
          {report.safetyEvents.length === 0 ? (
            <p>None in this period.</p>
          ) : (
            <ul className="report__events">
              {report.safetyEvents.map((ev) => (
                <li key={ev.id}>
                  <strong>{EVENT_WORDS[ev.kind]}</strong>
                  {` · ${formatWhen(ev.createdAt)}`}
                  {ev.feeling && ` · Feeling: ${ev.feeling}`}
                  {ev.note && ` · ${ev.note}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <footer className="report__footer">Made with Ask Anyway. Questionnaire scores are not a diagnosis.</footer>
    </article>
  );
}

function Fact({ term, value }: { term: string; value: string | null }) {
  if (value === null || value === '') return null;
  return (
    <div className="report__fact">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
