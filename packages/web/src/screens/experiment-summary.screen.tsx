import type { Experiment } from '@ask-anyway/core';
import { Link, useParams } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { Bar } from '../components/bar';
import { LoadFailed, Loading } from '../components/load-state';
import { expectedVsActual } from '../practice/words';

const HEADLINES: Record<NonNullable<Experiment['outcome']>, { title: string; text: string }> = {
  rejected: { title: 'That no counts.', text: 'You asked, and you heard no. That is exactly the practice, and it is a win.' },
  accepted: { title: 'They said yes!', text: 'A yes you were braced against. Worth remembering next time the fear says no one would.' },
  partly: { title: 'Partly — and you asked.', text: 'Asking was the brave part. Whatever they offered is a bonus.' },
  'not-done': { title: "Not this time, and that's OK.", text: 'Planning it was a step. It will be here whenever you are ready.' },
};

/** The warm close of an experiment: what was feared, next to what happened. */
export function ExperimentSummaryScreen() {
  useDocumentTitle('Logged');
  const { id } = useParams<{ id: string }>();
  const experiment = useResource(() => api.experiment(id), id);
  const e = experiment.state.data;
  const headline = e?.outcome ? HEADLINES[e.outcome] : null;

  return (
    <div className="screen">
      <div className="screen__intro">
        <p className="eyebrow">Logged</p>
        <h1 tabIndex={-1}>{headline?.title ?? 'Saved.'}</h1>
        {headline && <p className="lead">{headline.text}</p>}
      </div>
      {experiment.state.status === 'loading' && <Loading />}
      {experiment.state.status === 'failed' && (
        <LoadFailed error={experiment.state.error} onRetry={() => void experiment.reload()} />
      )}
      {e && <Comparison experiment={e} />}
      <div className="actions">
        <Link href="/today" className="button button--primary">
          Back to Today
        </Link>
        <Link href="/progress" className="button button--secondary">
          See your progress
        </Link>
      </div>
    </div>
  );
}

function Comparison({ experiment: e }: { experiment: Experiment }) {
  if (e.outcome === 'not-done') {
    return e.learned ? (
      <section className="card" aria-labelledby="noted-title">
        <h2 id="noted-title">You noted</h2>
        <p className="quote">“{e.learned}”</p>
      </section>
    ) : null;
  }
  const line = expectedVsActual(e.expectedSuds, e.actualSuds);
  const gap = e.expectedSuds !== null && e.actualSuds !== null ? e.expectedSuds - e.actualSuds : null;
  return (
    <>
      <section className="card card--glow compare" aria-labelledby="compare-title">
        <h2 id="compare-title" className="visually-hidden">
          Fear and reality
        </h2>
        {line ? <p className="compare__line">{line}</p> : <p>Add how bad you expected it and how it felt, and the two show here side by side.</p>}
        {gap !== null && (
          <p>
            {gap > 3
              ? `${gap} points less bad than you feared. That gap is what teaches the fear it was wrong.`
              : gap < -3
                ? 'Harder than you expected, and you still did it. A smaller step next time is a fine choice.'
                : 'About as hard as you predicted. Your sense of it is getting accurate.'}
          </p>
        )}
        {e.expectedSuds !== null && e.actualSuds !== null && (
          <div className="bars" aria-hidden="true">
            <Bar label="Expected" value={e.expectedSuds} kind="expected" />
            <Bar label="Actual" value={e.actualSuds} kind="actual" />
          </div>
        )}
      </section>
      {(e.beliefBefore !== null && e.beliefAfter !== null) || e.learned ? (
        <section className="card" aria-labelledby="learned-title">
          <h2 id="learned-title">What you found out</h2>
          {e.beliefBefore !== null && e.beliefAfter !== null && (
            <p>
              {e.fearedConsequence ? (
                <>
                  Your belief that “{e.fearedConsequence}” went from <strong>{e.beliefBefore}%</strong> to{' '}
                  <strong>{e.beliefAfter}%</strong>.
                </>
              ) : (
                <>
                  Your belief in the fear went from <strong>{e.beliefBefore}%</strong> to <strong>{e.beliefAfter}%</strong>.
                </>
              )}
            </p>
          )}
          {e.learned && <p className="quote">“{e.learned}”</p>}
        </section>
      ) : null}
    </>
  );
}
