import { useOnline } from '../offline/use-online';
import type { FrequencyInstrument, MeasureEntry, MeasureId, RejectionInstrument, SubmitMeasureRequest } from '@ask-anyway/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Redirect, useLocation, useParams, useSearch } from 'wouter';
import { api, ApiError } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { ChoiceGroup } from '../components/choice-group';
import { FormAlert } from '../components/form-alert';
import { LoadFailed, Loading } from '../components/load-state';
import { formatWhen, INSTRUMENT_BY_ID, isMeasureId, MINUTES } from '../measures/words';

/** PHQ-9 item 9 (thoughts of death or self-harm); mirrors core's PHQ9_ITEM9_INDEX. */
const ITEM9 = 8;

type Pair = { concern: number | null; expectancy: number | null };
type Draft = { kind: 'frequency'; answers: (number | null)[]; difficulty: number | null } | { kind: 'arsq'; answers: Pair[] };

function emptyDraft(measure: MeasureId): Draft {
  const instrument = INSTRUMENT_BY_ID[measure];
  return instrument.kind === 'frequency'
    ? { kind: 'frequency', answers: instrument.items.map(() => null), difficulty: null }
    : { kind: 'arsq', answers: instrument.situations.map(() => ({ concern: null, expectancy: null })) };
}

function draftFrom(entry: MeasureEntry, measure: MeasureId): Draft {
  const draft = emptyDraft(measure);
  if (draft.kind === 'frequency') {
    return { ...draft, answers: draft.answers.map((_, i) => (entry.answers[i] as number | null | undefined) ?? null), difficulty: entry.difficulty };
  }
  return { ...draft, answers: draft.answers.map((_, i) => ({ concern: null, expectancy: null, ...(entry.answers[i] as Pair | undefined) })) };
}

function unansweredCount(draft: Draft): number {
  if (draft.kind === 'frequency') return draft.answers.filter((a) => a === null).length;
  return draft.answers.reduce((n, a) => n + (a.concern === null ? 1 : 0) + (a.expectancy === null ? 1 : 0), 0);
}

/**
 * One questionnaire in its published wording, one question per fieldset. Unanswered questions are
 * allowed, after a clear word that the entry will be kept but not scored. A PHQ-9 item 9 answer
 * above 0 goes straight to the crisis support, whatever else is answered.
 */
export function MeasureTakeScreen() {
  const params = useParams<{ measure: string }>();
  const corrects = new URLSearchParams(useSearch()).get('corrects');
  const measure = params.measure;
  if (!isMeasureId(measure)) return <Redirect to="/measures" replace />;
  return <TakeLoader key={`${measure}:${corrects ?? ''}`} measure={measure} corrects={corrects} />;
}

function TakeLoader({ measure, corrects }: { measure: MeasureId; corrects: string | null }) {
  const instrument = INSTRUMENT_BY_ID[measure];
  useDocumentTitle(corrects ? `Correct your ${instrument.shortName}` : instrument.shortName);
  const original = useResource<MeasureEntry | null>(() => (corrects ? api.measureEntry(corrects) : Promise.resolve(null)), corrects ?? '');

  return (
    <div className="screen take">
      <BackLink href="/measures">Questionnaires</BackLink>
      <div className="screen__intro">
        <p className="eyebrow">{corrects ? 'Correcting an entry' : MINUTES[measure]}</p>
        <h1 tabIndex={-1}>{instrument.shortName}</h1>
        <p className="lead">{instrument.name}</p>
      </div>
      {original.state.status === 'loading' && <Loading label="Loading your earlier answers" />}
      {original.state.status === 'failed' && <LoadFailed error={original.state.error} onRetry={() => void original.reload()} />}
      {original.state.status === 'ready' && (
        <TakeForm measure={measure} original={original.state.data} />
      )}
    </div>
  );
}

function TakeForm({ measure, original }: { measure: MeasureId; original: MeasureEntry | null }) {
  const instrument = INSTRUMENT_BY_ID[measure];
  const [, navigate] = useLocation();
  const online = useOnline();
  const [draft, setDraft] = useState<Draft>(() => (original ? draftFrom(original, measure) : emptyDraft(measure)));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One id per filled-in form: a double tap or a retry after a lost answer is stored once.
  const submissionId = useRef(crypto.randomUUID());
  const confirmRef = useRef<HTMLDivElement>(null);
  const missing = unansweredCount(draft);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function body(): SubmitMeasureRequest & { id: string } {
    const common = { id: submissionId.current, ...(original ? { corrects: original.id } : {}) };
    if (draft.kind === 'arsq') return { ...common, measure: 'arsq', answers: draft.answers };
    return measure === 'gad7'
      ? { ...common, measure: 'gad7', answers: draft.answers, difficulty: draft.difficulty }
      : { ...common, measure: 'phq9', answers: draft.answers, difficulty: draft.difficulty };
  }

  async function send() {
    const crisis = measure === 'phq9' && draft.kind === 'frequency' && (draft.answers[ITEM9] ?? 0) > 0;
    setBusy(true);
    setError(null);
    try {
      const entry = await api.submitMeasure(body());
      navigate(entry.crisisFlag || crisis ? '/safety/crisis' : `/measures/entry/${entry.id}?new=1`);
    } catch (e) {
      // Help matters more than the record: the crisis support opens even when saving failed.
      if (crisis) {
        navigate('/safety/crisis');
        return;
      }
      if (e instanceof ApiError && e.isNetwork) {
        setError('We could not reach Ask Anyway. Your answers are still here; send them again when you are back online.');
      } else if (e instanceof ApiError && e.status === 409) {
        setError('That entry has already been corrected. Open the newest one to correct it again.');
      } else {
        setError(e instanceof ApiError ? e.message : 'Something went wrong. Please try again.');
      }
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (missing > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    void send();
  }

  function setFrequency(index: number, value: number) {
    setDraft((d) => (d.kind === 'frequency' ? { ...d, answers: d.answers.map((a, i) => (i === index ? value : a)) } : d));
    setConfirming(false);
  }

  return (
    <form className="stack take__form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      {original && (
        <p className="card card--soft take__note">
          {`Correcting your answers from ${formatWhen(original.takenAt)}. They are filled in below; change what was wrong. Both are kept, and the correction is what counts.`}
        </p>
      )}
      {!online && (
        <p className="card card--soft take__note" role="status">
          You seem to be offline. Questionnaires are saved straight to your account, so sending needs a connection. You
          can fill it in now and send it when you are back.
        </p>
      )}
      <p className="take__stem">{instrument.stem}</p>

      {instrument.kind === 'frequency' && draft.kind === 'frequency' && (
        <FrequencyQuestions instrument={instrument} draft={draft} onAnswer={setFrequency} onDifficulty={(v) => setDraft({ ...draft, difficulty: v })} />
      )}
      {instrument.kind === 'rejection-sensitivity' && draft.kind === 'arsq' && (
        <RejectionQuestions
          instrument={instrument}
          answers={draft.answers}
          onAnswer={(index, key, value) => {
            setDraft({ ...draft, answers: draft.answers.map((a, i) => (i === index ? { ...a, [key]: value } : a)) });
            setConfirming(false);
          }}
        />
      )}

      {confirming && missing > 0 && (
        <div ref={confirmRef} tabIndex={-1} className="card card--soft take__confirm" role="alert">
          <p>
            {missing === 1 ? 'One question is unanswered' : 'Some questions are unanswered'} — it will be saved but not
            scored. That's fine; you can also go back and answer.
          </p>
        </div>
      )}
      <FormAlert message={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : confirming && missing > 0 ? 'Save without a score' : original ? 'Save the correction' : 'Save my answers'}
        </button>
      </div>
      <p className="take__source">
        <span>Source: {instrument.source}</span> <span>{instrument.licence}</span>
      </p>
    </form>
  );
}

function FrequencyQuestions({
  instrument,
  draft,
  onAnswer,
  onDifficulty,
}: {
  instrument: FrequencyInstrument;
  draft: Extract<Draft, { kind: 'frequency' }>;
  onAnswer(index: number, value: number): void;
  onDifficulty(value: number): void;
}) {
  const choices = instrument.options.map((o) => ({ value: String(o.value), label: o.label }));
  return (
    <>
      <ol className="take__items">
        {instrument.items.map((item, index) => (
          <li key={item.id} className="card take__item">
            <ChoiceGroup
              legend={
                <>
                  <span className="take__number">{index + 1}.</span> {item.text}
                </>
              }
              name={item.id}
              choices={choices}
              value={draft.answers[index] === null ? null : String(draft.answers[index])}
              onChange={(v) => onAnswer(index, Number(v))}
            />
          </li>
        ))}
      </ol>
      <div className="card take__item">
        <ChoiceGroup
          legend={instrument.difficulty.text}
          hint="Optional."
          name={`${instrument.id}-difficulty`}
          choices={instrument.difficulty.options.map((o) => ({ value: String(o.value), label: o.label }))}
          value={draft.difficulty === null ? null : String(draft.difficulty)}
          onChange={(v) => onDifficulty(Number(v))}
        />
      </div>
    </>
  );
}

function RejectionQuestions({
  instrument,
  answers,
  onAnswer,
}: {
  instrument: RejectionInstrument;
  answers: Pair[];
  onAnswer(index: number, key: keyof Pair, value: number): void;
}) {
  return (
    <ol className="take__items">
      {instrument.situations.map((s, index) => (
        <li key={s.id} className="card take__item">
          <p className="take__situation">
            <span className="take__number">{index + 1}.</span> {s.situation}
          </p>
          <ScaleGroup
            name={`${s.id}-concern`}
            legend={s.concern}
            options={instrument.concernOptions}
            value={answers[index]?.concern ?? null}
            onChange={(v) => onAnswer(index, 'concern', v)}
          />
          <ScaleGroup
            name={`${s.id}-expectancy`}
            legend={s.expectancy}
            options={instrument.expectancyOptions}
            value={answers[index]?.expectancy ?? null}
            onChange={(v) => onAnswer(index, 'expectancy', v)}
          />
        </li>
      ))}
    </ol>
  );
}

/** A 1–6 scale as six big buttons in a row, with the two ends named under it. */
function ScaleGroup({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: RejectionInstrument['concernOptions'];
  value: number | null;
  onChange(value: number): void;
}) {
  const low = options[0];
  const high = options[options.length - 1];
  return (
    <fieldset className="scale">
      <legend className="field__label scale__legend">{legend}</legend>
      <div className="scale__options">
        {options.map((o) => (
          <label key={o.value} className="scale__option">
            <input
              type="radio"
              className="scale__input"
              name={name}
              value={o.value}
              checked={value === o.value}
              aria-label={o.label === String(o.value) ? String(o.value) : `${o.value}, ${o.label}`}
              onChange={() => onChange(o.value)}
            />
            <span className="scale__number" aria-hidden="true">
              {o.value}
            </span>
          </label>
        ))}
      </div>
      <div className="scale__ends" aria-hidden="true">
        <span>{low?.label}</span>
        <span>{high?.label}</span>
      </div>
    </fieldset>
  );
}
