import type { SafetyState, ScreeningAnswers } from '@ask-anyway/core';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useFormSubmit } from '../auth/form';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { ChoiceGroup } from '../components/choice-group';
import { FormAlert } from '../components/form-alert';
import { ShieldIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { SCREENING_QUESTIONS, type ScreeningKey } from '../safety/words';

type Draft = Partial<Record<ScreeningKey, boolean>>;

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** Where an answer leads: the crisis screen first when it must, else the result in plain words. */
export function afterScreening(state: SafetyState): string {
  return state.route === 'crisis' ? '/safety/crisis' : '/safety/result';
}

/**
 * Six short questions before the first challenge, and again whenever the person wants to change an
 * answer. They route, never diagnose. Skipping is allowed and lands on the crisis-safe default: the
 * gentle pace, with help close by.
 */
export function ScreeningScreen() {
  const safety = useResource(() => api.safety());
  const reviewing = safety.state.data?.screened ?? false;
  useDocumentTitle(reviewing ? 'Your safety answers' : 'A few questions first');

  return (
    <div className="screen screening">
      {reviewing && <BackLink href="/settings">Settings</BackLink>}
      <div className="screen__intro">
        <span className="screening__badge" aria-hidden="true">
          <ShieldIcon />
        </span>
        <h1 tabIndex={-1}>{reviewing ? 'Your safety answers' : 'A few questions first'}</h1>
        <p className="lead">
          {reviewing
            ? 'Change anything that is different now. The newest answers are the ones that count.'
            : 'Before your first challenge: six quick questions, so Ask Anyway can set a pace that is safe for you.'}
        </p>
      </div>
      {safety.state.status === 'loading' && <Loading label="Loading your answers" />}
      {safety.state.status === 'failed' && (
        <LoadFailed error={safety.state.error} onRetry={() => void safety.reload()} />
      )}
      {safety.state.status === 'ready' && <ScreeningForm state={safety.state.data} />}
    </div>
  );
}

function ScreeningForm({ state }: { state: SafetyState }) {
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<Draft>(() => ({ ...(state.screening?.answers ?? {}) }));
  const [missing, setMissing] = useState<ScreeningKey[]>([]);
  const { formRef, errors, busy, submit } = useFormSubmit([]);
  const [skipping, setSkipping] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const unanswered = SCREENING_QUESTIONS.map((q) => q.key).filter((key) => draft[key] === undefined);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${unanswered[0]}"]`)?.focus();
      return;
    }
    const answers = draft as ScreeningAnswers;
    void submit(async () => navigate(afterScreening(await api.submitScreening(answers))));
  }

  function skip() {
    setSkipping(true);
    void submit(async () => {
      try {
        navigate(afterScreening(await api.submitScreening(null)));
      } finally {
        setSkipping(false);
      }
    });
  }

  return (
    <form ref={formRef} className="stack" noValidate onSubmit={onSubmit} aria-busy={busy}>
      <p className="screening__promise">
        Your answers are not a diagnosis. They only decide how gently we pace things and what help we keep close. You
        can change them any time in Settings.
      </p>

      <div className="card form screening__questions">
        {SCREENING_QUESTIONS.map((q) => (
          <ChoiceGroup
            key={q.key}
            legend={q.question}
            {...(q.hint ? { hint: q.hint } : {})}
            name={q.key}
            layout="row"
            choices={YES_NO}
            value={draft[q.key] === undefined ? null : draft[q.key] ? 'yes' : 'no'}
            error={missing.includes(q.key) ? 'Pick yes or no. Either answer is fine.' : undefined}
            onChange={(v) => {
              setDraft((d) => ({ ...d, [q.key]: v === 'yes' }));
              setMissing((m) => m.filter((k) => k !== q.key));
            }}
          />
        ))}
      </div>

      <FormAlert message={errors.form} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy && !skipping ? 'Saving…' : state.screened ? 'Save my answers' : 'Continue'}
        </button>
        {!state.screened && (
          <>
            <button type="button" className="button button--ghost" disabled={busy} onClick={skip}>
              {skipping ? 'Skipping…' : 'Skip for now'}
            </button>
            <p className="fine-print">
              If you skip, we take the careful path: a gentle pace, and help kept close. Nothing is blocked.
            </p>
          </>
        )}
      </div>
    </form>
  );
}
