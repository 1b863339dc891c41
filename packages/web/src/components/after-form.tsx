import type { Experiment } from '@ask-anyway/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, localTimeZone } from '../api/client';
import { useFormSubmit } from '../auth/form';
import { AFTER_FIELDS, AfterFields, afterRequest, afterValuesOf, type AfterValues } from './after-fields';
import { FormAlert } from './form-alert';

interface AfterFormProps {
  experiment: Experiment;
  submitLabel: string;
  /** Called with the stored experiment once the server has it. */
  onSaved(saved: Experiment): void;
  /** A visible heading, or else an accessible label, names the form. */
  heading?: { id: string; text: ReactNode };
  label?: string;
}

/**
 * The after-log as one form, used right after an ask and when correcting one from History: the same
 * fields, the same "pick what happened" check, the same request.
 */
export function AfterForm({ experiment, submitLabel, onSaved, heading, label }: AfterFormProps) {
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
      onSaved(await api.updateExperiment(experiment.id, request));
    });
  }

  return (
    <form
      ref={formRef}
      className="card form"
      noValidate
      onSubmit={onSubmit}
      aria-busy={busy}
      {...(heading ? { 'aria-labelledby': heading.id } : { 'aria-label': label })}
    >
      {heading && <h2 id={heading.id}>{heading.text}</h2>}
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
        {busy ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
