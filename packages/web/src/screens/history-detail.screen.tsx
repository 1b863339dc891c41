import type { Experiment } from '@ask-anyway/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { api, ApiError } from '../api/client';
import { useResource } from '../api/use-resource';
import { AfterForm } from '../components/after-form';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { ClinicianFeedback } from '../components/clinician-feedback';
import { ConfirmDialog } from '../components/dialog';
import { LoadFailed, Loading } from '../components/load-state';
import { OutcomeChip } from '../components/outcome-chip';
import { useToast } from '../components/toast';
import { expectedVsActual, formatLocalDate, safetyLabel } from '../practice/words';

/** One entry: its prediction, read-only, and what happened, editable; or delete it. */
export function HistoryDetailScreen() {
  const { id } = useParams<{ id: string }>();
  const experiment = useResource(() => api.experiment(id), id);
  const e = experiment.state.data;
  useDocumentTitle(e ? e.title : 'Your ask');

  return (
    <div className="screen">
      <BackLink href="/history">History</BackLink>
      <div className="screen__intro">
        {e && (
          <p className="detail__meta">
            <OutcomeChip outcome={e.outcome} />
            <span>{formatLocalDate(e.localDate, 'long')}</span>
          </p>
        )}
        <h1 tabIndex={-1}>{e ? e.title : 'Your ask'}</h1>
        {e && expectedVsActual(e.expectedSuds, e.actualSuds) && (
          <p className="lead">{expectedVsActual(e.expectedSuds, e.actualSuds)}</p>
        )}
      </div>
      {experiment.state.status === 'loading' && <Loading />}
      {experiment.state.status === 'failed' && (
        <LoadFailed error={experiment.state.error} onRetry={() => void experiment.reload()} />
      )}
      {e && (
        <>
          {e.outcome === null && (
            <Link href={`/experiment/${e.id}/go`} className="button button--primary">
              Do it now
            </Link>
          )}
          <Prediction experiment={e} />
          <ClinicianFeedback experimentId={e.id} />
          <EditAfter key={e.updatedAt} experiment={e} onSaved={experiment.set} />
          <DeleteEntry experiment={e} />
        </>
      )}
    </div>
  );
}

function Prediction({ experiment: e }: { experiment: Experiment }) {
  const dropping = [...e.safetyBehavioursToDrop.map(safetyLabel), ...(e.safetyBehavioursOther ? [e.safetyBehavioursOther] : [])];
  const rows: [string, string][] = [];
  if (e.fearedConsequence) rows.push(['What you feared', `“${e.fearedConsequence}”`]);
  if (e.beliefBefore !== null) rows.push(['How sure you were', `${e.beliefBefore}%`]);
  if (e.expectedSuds !== null) rows.push(['Expected distress at its peak', String(e.expectedSuds)]);
  if (dropping.length > 0) rows.push(['Planned to leave out', dropping.join(', ')]);
  return (
    <section className="card" aria-labelledby="before-title">
      <h2 id="before-title">Before</h2>
      {rows.length > 0 ? (
        <dl className="facts">
          {rows.map(([term, detail]) => (
            <div key={term} className="facts__row">
              <dt>{term}</dt>
              <dd>{detail}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{e.quick ? 'A quick log: no prediction was written down, and that is fine.' : 'No prediction was written down.'}</p>
      )}
    </section>
  );
}

function EditAfter({ experiment, onSaved }: { experiment: Experiment; onSaved(e: Experiment): void }) {
  const toast = useToast();
  return (
    <AfterForm
      experiment={experiment}
      heading={{ id: 'after-title', text: experiment.outcome === null ? 'Log what happened' : 'After' }}
      submitLabel="Save changes"
      onSaved={(saved) => {
        onSaved(saved);
        toast.show({ text: 'Saved.' });
      }}
    />
  );
}

function DeleteEntry({ experiment }: { experiment: Experiment }) {
  const [, navigate] = useLocation();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await api.deleteExperiment(experiment.id);
      navigate('/history');
      toast.show({ text: 'Deleted.' });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Please try again.');
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Delete this entry
      </button>
      <ConfirmDialog
        open={open}
        title="Delete this entry?"
        confirmLabel="Delete"
        busyLabel="Deleting…"
        cancelLabel="Keep it"
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <p>
          “{experiment.title}” comes out of your history and your progress. There is no undo.
        </p>
      </ConfirmDialog>
    </>
  );
}
