import type { Experiment } from '@ask-anyway/core';
import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'wouter';
import { api, localTimeZone } from '../api/client';
import { useResource } from '../api/use-resource';
import { useFormSubmit } from '../auth/form';
import { AFTER_FIELDS, AfterFields, afterRequest, afterValuesOf, type AfterValues } from '../components/after-fields';
import { useDocumentTitle } from '../components/app-shell';
import { FormAlert } from '../components/form-alert';
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
      {experiment.state.status === 'ready' && <AfterForm experiment={experiment.state.data} />}
    </div>
  );
}

function AfterForm({ experiment }: { experiment: Experiment }) {
  const [, navigate] = useLocation();
  const [values, setValues] = useState<AfterValues>(() => afterValuesOf(experiment));
  const [outcomeError, setOutcomeError] = useState<string | undefined>();
  const { formRef, errors, busy, submit } = useFormSubmit(AFTER_FIELDS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values.outcome) {
      setOutcomeError('Pick what happened. Any answer is fine.');
      formRef.current?.querySelector<HTMLInputElement>('input[name="outcome"]')?.focus();
      return;
    }
    const request = afterRequest(values, experiment, localTimeZone());
    void submit(async () => {
      await api.updateExperiment(experiment.id, request);
      navigate(`/experiment/${experiment.id}/summary`);
    });
  }

  return (
    <form ref={formRef} className="card form" noValidate onSubmit={onSubmit} aria-busy={busy} aria-label="What happened">
      <AfterFields
        experiment={experiment}
        values={values}
        onChange={(next) => {
          setValues(next);
          if (next.outcome) setOutcomeError(undefined);
        }}
        errors={{ ...errors.fields, outcome: outcomeError ?? errors.fields.outcome }}
      />
      <FormAlert message={errors.form} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
