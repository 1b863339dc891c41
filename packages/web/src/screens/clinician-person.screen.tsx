import type { Experiment, MeasureId } from '@ask-anyway/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'wouter';
import { api, ApiError } from '../api/client';
import type { CatalogueChallenge } from '../api/contract';
import { useResource } from '../api/use-resource';
import { useFormSubmit } from '../auth/form';
import { clinicianApi } from '../clinicians/api';
import { SCOPES, type ClientView, type CreateAssignmentRequest, type Feedback } from '../clinicians/types';
import { SCOPE_FOR_CLINICIAN, when } from '../clinicians/words';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { CataloguePicker } from '../components/catalogue-picker';
import { ChoiceGroup } from '../components/choice-group';
import { FlagChips } from '../components/flag-chips';
import { FormAlert } from '../components/form-alert';
import { LoadFailed, Loading } from '../components/load-state';
import { OutcomeChip } from '../components/outcome-chip';
import { RatingSlider } from '../components/rating-slider';
import { TextAreaField, TextField } from '../components/text-field';
import { useToast } from '../components/toast';
import { FEARED_HAPPENED_CHOICES, formatLocalDate } from '../practice/words';

const MEASURE_NAMES: Record<MeasureId, string> = { gad7: 'GAD-7', phq9: 'PHQ-9', arsq: 'A-RSQ' };
const MASTERY: Record<string, string> = { 'not-started': 'Not tried yet', practising: 'Practising', mastered: 'Comfortable' };
const EVENT_WORDS: Record<string, string> = {
  panic: 'Noted a panic',
  moment: 'Needed a moment',
  'crisis-answer': 'Crisis answer',
  'safe-check-in': 'Said they were safe',
  'heads-up-confirmed': 'Chose a bigger step after a heads-up',
};

/** A revoked or unknown connection answers 404: the person has stopped sharing. */
function isGone(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** One person, as much as they share: flags, ladder, experiments, questionnaires, hard moments. */
export function ClinicianPersonScreen() {
  const { connectionId } = useParams<{ connectionId: string }>();
  const view = useResource(() => clinicianApi.person(connectionId), connectionId);
  const [gone, setGone] = useState(false);
  const v = view.state.data;
  const name = v?.displayName ?? 'This person';
  useDocumentTitle(v ? name : 'Person');

  if (gone || (view.state.status === 'failed' && isGone(view.state.error))) return <StoppedSharing />;
  const onGone = () => setGone(true);

  return (
    <div className="screen clinician-person">
      <BackLink href="/clinician">People</BackLink>
      <div className="screen__intro">
        <h1 tabIndex={-1}>{v ? name : 'Person'}</h1>
        {v && (
          <>
            <FlagChips flags={v.flags} />
            <p className="lead">
              {v.lastActivityAt ? `Last active ${when(v.lastActivityAt)}.` : 'No activity yet.'}
            </p>
          </>
        )}
      </div>
      {view.state.status === 'loading' && <Loading label="Loading what they share" />}
      {view.state.status === 'failed' && <LoadFailed error={view.state.error} onRetry={() => void view.reload()} />}
      {v && (
        <>
          <Shared view={v} />
          {v.experiments && <Experiments view={v} onGone={onGone} onSaved={() => void view.reload()} />}
          {v.ladder && <LadderSection view={v} />}
          {v.measures && <Measures view={v} />}
          {v.safetyEvents && <SafetyEvents view={v} />}
          <Suggest view={v} onGone={onGone} onSaved={() => void view.reload()} />
          <Limits key={JSON.stringify(v.limits)} view={v} onGone={onGone} onSaved={() => void view.reload()} />
        </>
      )}
    </div>
  );
}

function StoppedSharing() {
  useDocumentTitle('No longer shared');
  return (
    <div className="screen">
      <BackLink href="/clinician">People</BackLink>
      <div className="screen__intro">
        <h1 tabIndex={-1}>No longer shared</h1>
        <p className="lead">
          This person has stopped sharing with you. That is their choice to make, and nothing more is shown here.
        </p>
      </div>
      <Link href="/clinician" className="button button--primary">
        Back to People
      </Link>
    </div>
  );
}

function Shared({ view }: { view: ClientView }) {
  const notShared = SCOPES.filter((s) => !view.scopes.includes(s));
  return (
    <section className="card" aria-labelledby="shared-title">
      <h2 id="shared-title">What they share with you</h2>
      <ul className="scope-list">
        {view.scopes.map((s) => (
          <li key={s}>
            <strong>{SCOPE_FOR_CLINICIAN[s]}</strong>
          </li>
        ))}
      </ul>
      {notShared.length > 0 && (
        <p className="settings__meta">
          Not shared: {notShared.map((s) => SCOPE_FOR_CLINICIAN[s].toLowerCase()).join(', ')}. They can change this at any
          time, and they see each time you look.
        </p>
      )}
    </section>
  );
}

interface WriteProps {
  view: ClientView;
  onGone(): void;
  onSaved(): void;
}

function Experiments({ view, onGone, onSaved }: WriteProps) {
  const experiments = view.experiments ?? [];
  return (
    <section aria-labelledby="experiments-title" className="stack">
      <h2 id="experiments-title" className="section-title">
        Asks: predicted and what happened
      </h2>
      {!view.scopes.includes('notes') && (
        <p className="settings__meta">Their own words (what they feared, what they learned) are not shared.</p>
      )}
      {experiments.length === 0 && <p className="card card--soft">No asks logged yet.</p>}
      {experiments.map((e) => (
        <ExperimentCard
          key={e.id}
          experiment={e}
          feedback={view.feedback.filter((f) => f.experimentId === e.id)}
          connectionId={view.connectionId}
          onGone={onGone}
          onSaved={onSaved}
        />
      ))}
    </section>
  );
}

interface ExperimentCardProps {
  experiment: Experiment;
  feedback: Feedback[];
  connectionId: string;
  onGone(): void;
  onSaved(): void;
}

function ExperimentCard({ experiment: e, feedback, connectionId, onGone, onSaved }: ExperimentCardProps) {
  const [open, setOpen] = useState(false);
  const rows: [string, string][] = [];
  if (e.expectedSuds !== null || e.actualSuds !== null) {
    rows.push(['Distress, expected → peak', `${e.expectedSuds ?? '–'} → ${e.actualSuds ?? '–'}`]);
  }
  if (e.beliefBefore !== null || e.beliefAfter !== null) {
    rows.push(['Belief, before → after', `${e.beliefBefore ?? '–'}% → ${e.beliefAfter ?? '–'}%`]);
  }
  if (e.fearedHappened) rows.push(['Did the feared thing happen?', FEARED_HAPPENED_CHOICES[e.fearedHappened]]);
  if (e.fearedConsequence) rows.push(['What they feared', `“${e.fearedConsequence}”`]);
  if (e.learned) rows.push(['What they learned', `“${e.learned}”`]);
  const headingId = `exp-${e.id}`;
  return (
    <article className="card experiment-card" aria-labelledby={headingId}>
      <p className="detail__meta">
        <OutcomeChip outcome={e.outcome} />
        <span>{formatLocalDate(e.localDate)}</span>
      </p>
      <h3 id={headingId}>{e.title}</h3>
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
        <p className="settings__meta">{e.quick ? 'A quick log, without ratings.' : 'Planned, not yet done.'}</p>
      )}
      {feedback.map((f) => (
        <blockquote key={f.id} className="feedback-note">
          <p>{f.text}</p>
          <footer>Your feedback · {when(f.createdAt)}</footer>
        </blockquote>
      ))}
      {open ? (
        <FeedbackForm
          experiment={e}
          connectionId={connectionId}
          onGone={onGone}
          onDone={() => {
            setOpen(false);
            onSaved();
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
          Leave feedback
          <span className="visually-hidden"> on {e.title}</span>
        </button>
      )}
    </article>
  );
}

interface FeedbackFormProps {
  experiment: Experiment;
  connectionId: string;
  onGone(): void;
  onDone(): void;
  onCancel(): void;
}

function FeedbackForm({ experiment, connectionId, onGone, onDone, onCancel }: FeedbackFormProps) {
  const toast = useToast();
  const [text, setText] = useState('');
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(['text']);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      try {
        await clinicianApi.leaveFeedback(connectionId, experiment.id, text);
      } catch (error) {
        if (isGone(error)) return onGone();
        throw error;
      }
      toast.show({ text: 'Feedback sent. They will see it on this ask.' });
      onDone();
    });
  }
  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      <TextAreaField
        label="Your feedback"
        hint="They see it on this ask in their history. Kind and specific works best."
        value={text}
        error={errors.fields.text}
        onChange={(e) => {
          setText(e.target.value);
          clearField('text');
        }}
      />
      <FormAlert message={errors.form} />
      <div className="actions actions--row">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {busy ? 'Sending…' : 'Send feedback'}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function LadderSection({ view }: { view: ClientView }) {
  const rungs = view.ladder ?? [];
  return (
    <section className="card" aria-labelledby="ladder-title">
      <h2 id="ladder-title">Their ladder</h2>
      {rungs.length === 0 ? (
        <p>No steps on the ladder yet.</p>
      ) : (
        <ol className="mini-ladder">
          {[...rungs].reverse().map((r) => (
            <li key={r.id} className="mini-ladder__step">
              <span className="mini-ladder__suds">{r.suds}</span>
              <span className="mini-ladder__title">{r.title}</span>
              <span className="mini-ladder__meta">
                {MASTERY[r.mastery] ?? r.mastery}
                {r.attempts > 0 ? ` · ${r.attempts} ${r.attempts === 1 ? 'try' : 'tries'}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Measures({ view }: { view: ClientView }) {
  const summaries = view.measures?.summaries.filter((s) => s.latest) ?? [];
  return (
    <section className="card" aria-labelledby="measures-title">
      <h2 id="measures-title">Questionnaires</h2>
      {summaries.length === 0 ? (
        <p>No questionnaires taken yet.</p>
      ) : (
        <dl className="facts">
          {summaries.map((s) => (
            <div key={s.measure} className="facts__row">
              <dt>{MEASURE_NAMES[s.measure]}</dt>
              <dd>
                {s.baseline && s.latest && s.baseline.entryId !== s.latest.entryId
                  ? `${s.baseline.score} → ${s.latest.score}`
                  : String(s.latest?.score)}
                {s.latest?.band ? ` (${s.latest.band})` : ''}
                {s.change ? ` · ${s.change}` : ''}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function SafetyEvents({ view }: { view: ClientView }) {
  const events = view.safetyEvents ?? [];
  return (
    <section className="card" aria-labelledby="events-title">
      <h2 id="events-title">Hard moments</h2>
      {events.length === 0 ? (
        <p>None noted.</p>
      ) : (
        <ul className="event-list">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{EVENT_WORDS[e.kind] ?? e.kind}</strong> · {when(e.createdAt)}
              {e.feeling ? ` · felt ${e.feeling}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Source = 'catalogue' | 'own';

/** A challenge from the catalogue or in the clinician's words; the person accepts or declines it. */
function Suggest({ view, onGone, onSaved }: WriteProps) {
  const [source, setSource] = useState<Source | null>(null);
  const [openSlug, setOpenSlug] = useState<string | null>(null);
  const catalogue = useResource(() => api.catalogue());
  const pending = view.assignments.filter((a) => a.status === 'pending');
  const answered = view.assignments.filter((a) => a.status !== 'pending').slice(0, 5);

  return (
    <section className="card" aria-labelledby="suggest-title">
      <h2 id="suggest-title">Suggest a challenge</h2>
      <p>They see it on their Today and choose whether to take it on. The usual pacing and heads-up still apply.</p>
      {(pending.length > 0 || answered.length > 0) && (
        <ul className="event-list">
          {[...pending, ...answered].map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong> · {a.suds} ·{' '}
              {a.status === 'pending' ? 'waiting for them' : a.status === 'accepted' ? 'on their ladder' : 'not now'}
            </li>
          ))}
        </ul>
      )}
      <ChoiceGroup<Source>
        legend="Where from?"
        name="suggest-source"
        value={source}
        onChange={setSource}
        choices={[
          { value: 'catalogue', label: 'From the ideas', detail: 'Browse the challenge catalogue, gentlest first' },
          { value: 'own', label: 'In your words', detail: 'Describe a step that fits their ladder' },
        ]}
      />
      {source === 'own' && <AssignForm connectionId={view.connectionId} challenge={null} onGone={onGone} onSaved={onSaved} />}
      {source === 'catalogue' && catalogue.state.status === 'loading' && <Loading label="Loading the ideas" />}
      {source === 'catalogue' && catalogue.state.status === 'failed' && (
        <LoadFailed error={catalogue.state.error} onRetry={() => void catalogue.reload()} />
      )}
      {source === 'catalogue' && catalogue.state.data && (
        <CataloguePicker
          catalogue={catalogue.state.data}
          openSlug={openSlug}
          onOpen={setOpenSlug}
          renderOpen={(challenge) => (
            <AssignForm
              connectionId={view.connectionId}
              challenge={challenge}
              onGone={onGone}
              onSaved={() => {
                setOpenSlug(null);
                onSaved();
              }}
            />
          )}
        />
      )}
    </section>
  );
}

interface AssignFormProps {
  connectionId: string;
  challenge: CatalogueChallenge | null;
  onGone(): void;
  onSaved(): void;
}

function AssignForm({ connectionId, challenge, onGone, onSaved }: AssignFormProps) {
  const toast = useToast();
  const [title, setTitle] = useState('');
  const [suds, setSuds] = useState<number | null>(challenge?.difficulty ?? null);
  const [note, setNote] = useState('');
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(['title', 'suds', 'note']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      try {
        // Unrated, `suds` is left out and the server names the field, as for any other missing answer.
        await clinicianApi.assign(connectionId, {
          kind: challenge ? 'challenge' : 'rung',
          ...(challenge ? { challengeSlug: challenge.slug } : { title }),
          ...(suds === null ? {} : { suds }),
          ...(note.trim() ? { note: note.trim() } : {}),
        } as CreateAssignmentRequest);
      } catch (error) {
        if (isGone(error)) return onGone();
        throw error;
      }
      toast.show({ text: 'Suggested. It waits on their Today.' });
      setTitle('');
      setNote('');
      onSaved();
    });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      {!challenge && (
        <TextField
          label="The challenge"
          hint="Say it as they would do it, e.g. Ask a colleague to swap a shift."
          value={title}
          error={errors.fields.title}
          onChange={(e) => {
            setTitle(e.target.value);
            clearField('title');
          }}
        />
      )}
      <RatingSlider
        label="Expected distress for them"
        value={suds}
        onChange={(n) => {
          setSuds(n);
          clearField('suds');
        }}
        error={errors.fields.suds}
      />
      <TextAreaField
        label="A note for them"
        optional
        rows={2}
        value={note}
        error={errors.fields.note}
        onChange={(e) => {
          setNote(e.target.value);
          clearField('note');
        }}
      />
      <FormAlert message={errors.form} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Suggesting…' : 'Suggest this'}
      </button>
    </form>
  );
}

function parseLimit(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** Pacing limits: only ever gentler than the app's own rails, never harder. */
function Limits({ view, onGone, onSaved }: WriteProps) {
  const toast = useToast();
  const [maxStep, setMaxStep] = useState(view.limits.maxStep === null ? '' : String(view.limits.maxStep));
  const [maxSuds, setMaxSuds] = useState(view.limits.maxExpectedSuds === null ? '' : String(view.limits.maxExpectedSuds));
  const [pause, setPause] = useState(view.limits.pauseSuggestions);
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(['maxStep', 'maxExpectedSuds', 'pauseSuggestions']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      try {
        await clinicianApi.setLimits(view.connectionId, {
          maxStep: parseLimit(maxStep),
          maxExpectedSuds: parseLimit(maxSuds),
          pauseSuggestions: pause,
        });
      } catch (error) {
        if (isGone(error)) return onGone();
        throw error;
      }
      toast.show({ text: 'Pacing limits saved.' });
      onSaved();
    });
  }

  return (
    <section className="card" aria-labelledby="limits-title">
      <h2 id="limits-title">Pacing limits</h2>
      <p>
        Limits can only make the pace gentler: a lower ceiling or smaller steps than Ask Anyway would suggest on its
        own, never harder ones. They can still choose a bigger step themselves, after a clear heads-up.
      </p>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <TextField
          label="Largest step up"
          optional
          hint="In distress points, 0–30. Empty: the app's own step."
          type="number"
          inputMode="numeric"
          min={0}
          max={30}
          value={maxStep}
          error={errors.fields.maxStep}
          onChange={(e) => {
            setMaxStep(e.target.value);
            clearField('maxStep');
          }}
        />
        <TextField
          label="Highest expected distress"
          optional
          hint="0–100. Suggestions stay at or below it. Empty: no extra ceiling."
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          value={maxSuds}
          error={errors.fields.maxExpectedSuds}
          onChange={(e) => {
            setMaxSuds(e.target.value);
            clearField('maxExpectedSuds');
          }}
        />
        <label className="choice choice--check">
          <input type="checkbox" className="choice__input" checked={pause} onChange={(e) => setPause(e.target.checked)} />
          <span className="choice__mark" aria-hidden="true" />
          <span className="choice__text">
            <span className="choice__label">Pause new suggestions</span>
            <span className="choice__detail">They can still log anything they do. Their Today says you paused it.</span>
          </span>
        </label>
        <FormAlert message={errors.form} />
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? 'Saving…' : 'Save limits'}
        </button>
      </form>
    </section>
  );
}
