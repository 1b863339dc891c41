import type { Experiment } from '@ask-anyway/core';
import { useLocation, useParams } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { AfterForm } from '../components/after-form';
import { useDocumentTitle } from '../components/app-shell';
import { LoadFailed, Loading } from '../components/load-state';
import { MomentLinks } from '../components/moment-links';

/** After the ask: what happened, measured against what was feared. */
export function ExperimentAfterScreen() {
  useDocumentTitle('How did it go?');
  const { id } = useParams<{ id: string }>();
  const experiment = useResource(() => api.experiment(id), id);

  return (
    <div className="screen">
      <div className="screen__intro">
        <p className="eyebrow">After · step 3 of 3</p>
        <h1 tabIndex={-1}>How did it go?</h1>
        {experiment.state.status === 'ready' && <p className="lead">{experiment.state.data.title}</p>}
      </div>
      <MomentLinks experimentId={id} />
      {experiment.state.status === 'loading' && <Loading />}
      {experiment.state.status === 'failed' && (
        <LoadFailed error={experiment.state.error} onRetry={() => void experiment.reload()} />
      )}
      {experiment.state.status === 'ready' && <AfterStep experiment={experiment.state.data} />}
    </div>
  );
}

function AfterStep({ experiment }: { experiment: Experiment }) {
  const [, navigate] = useLocation();
  return (
    <AfterForm
      experiment={experiment}
      label="What happened"
      submitLabel="Save"
      onSaved={() => navigate(`/experiment/${experiment.id}/summary`)}
    />
  );
}
