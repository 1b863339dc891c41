import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { api, ApiError } from '../api/client';
import { SUPPORT_TOOLS, type SupportTool } from '../api/contract';
import { useAuth } from '../auth/auth-context';
import { useDocumentTitle } from '../components/app-shell';
import { Breathing } from '../components/breathing';
import { CheckList } from '../components/choice-group';
import { FormAlert } from '../components/form-alert';
import { HeartIcon } from '../components/icons';
import { useToast } from '../components/toast';
import { TextAreaField, TextField } from '../components/text-field';
import { safePath, type CalmKind } from '../safety/calm-link';
import { useCountry } from '../safety/country';

type Step = 'breathe' | 'ground' | 'name' | 'debrief' | 'done';
type HeadingRef = RefObject<HTMLHeadingElement | null>;

const SENSES = [
  { count: 5, what: 'things you can see', hint: 'A colour, a light, something far away, something close.' },
  { count: 4, what: 'things you can feel', hint: 'Your feet on the floor, your sleeve, the chair or the wall.' },
  { count: 3, what: 'things you can hear', hint: 'Traffic, voices, a hum, your own breathing.' },
  { count: 2, what: 'things you can smell', hint: 'Coffee, soap, the air. Or two smells you like.' },
  { count: 1, what: 'thing you can taste', hint: 'Or one taste you like, remembered.' },
] as const;

const FEELINGS = ['Scared', 'Embarrassed', 'Overwhelmed', 'Shaky', 'Sad', 'Angry', 'Numb'] as const;

const TOOL_LABELS: Record<SupportTool, string> = {
  breathing: 'Slow breathing',
  grounding: '5-4-3-2-1, noticing the room',
  naming: 'Naming the feeling',
};

/**
 * "I'm panicking" / "I need a moment": paced breathing, then 5-4-3-2-1 grounding, then a word for the
 * feeling, one thing at a time and each skippable; then a gentle debrief, saved as a safety event (a
 * panic makes the next steps gentler). Works signed out and offline too, without the saving.
 */
export function CalmScreen() {
  const search = new URLSearchParams(useSearch());
  const kind: CalmKind = search.get('kind') === 'panic' ? 'panic' : 'moment';
  const experimentId = search.get('experiment') ?? undefined;
  const from = safePath(search.get('from'));
  const { state } = useAuth();
  const signedIn = state.status === 'signed-in';

  const [step, setStep] = useState<Step>('breathe');
  // The moment is recorded as it begins: a panic steps the next suggestion down even if the person closes
  // the app before the debrief, which then only adds to it. One id for both, so a retry stores it once.
  const [eventId] = useState(() => crypto.randomUUID());
  useEffect(() => {
    if (!signedIn) return;
    api.recordSafetyEvent({ kind, ...(experimentId ? { experimentId } : {}) }, eventId).catch(() => {
      // Offline writes are queued by the client; anything else is retried by the debrief's save.
    });
  }, [signedIn, kind, experimentId, eventId]);
  const [feeling, setFeeling] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  // Each step is a new screen in all but address: move focus to its heading, as navigation does.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [step]);

  const finish = () => setStep(signedIn ? 'debrief' : 'done');

  return (
    <div className={`screen calm calm--${step}`} key={step}>
      {step === 'breathe' && (
        <CalmStep
          eyebrow="Step 1 of 3"
          title="Breathe with me"
          lead={
            kind === 'panic'
              ? 'You are safe to stop, and stopping is not failure. Let’s slow your breathing down together.'
              : 'Stopping is not failure. A few slow breaths first.'
          }
          headingRef={heading}
        >
          <Breathing />
          <p className="calm__hint">In through your nose for 4, out slowly for 6. Stay as long as you like.</p>
          <div className="actions">
            <button type="button" className="button button--calm" onClick={() => setStep('ground')}>
              Next: notice the room
            </button>
            <button type="button" className="button button--ghost" onClick={finish}>
              I feel calmer now
            </button>
          </div>
          <MedicalNote />
          {signedIn && <MisTap eventId={eventId} kind={kind} from={from} />}
        </CalmStep>
      )}

      {step === 'ground' && <Grounding headingRef={heading} onDone={() => setStep('name')} onFinish={finish} />}

      {step === 'name' && (
        <CalmStep
          eyebrow="Step 3 of 3"
          title="Name the feeling"
          lead="Putting a word to it can take a little of its power away. It is a feeling, and feelings pass."
          headingRef={heading}
        >
          <div className="card form">
            <TextField
              label="Right now I feel…"
              optional
              name="feeling"
              maxLength={200}
              value={feeling}
              onChange={(e) => setFeeling(e.target.value)}
            />
            <div className="feelings" role="group" aria-label="Some words that might fit">
              {FEELINGS.map((word) => (
                <button
                  key={word}
                  type="button"
                  className="feelings__word"
                  aria-pressed={feeling.toLowerCase() === word.toLowerCase()}
                  onClick={() => setFeeling(word.toLowerCase())}
                >
                  {word}
                </button>
              ))}
            </div>
          </div>
          <div className="actions">
            <button type="button" className="button button--calm" onClick={finish}>
              Next
            </button>
          </div>
          <MedicalNote />
        </CalmStep>
      )}

      {step === 'debrief' && (
        <Debrief
          eventId={eventId}
          kind={kind}
          experimentId={experimentId}
          feeling={feeling}
          headingRef={heading}
          onSaved={() => setStep('done')}
        />
      )}

      {step === 'done' && <Done kind={kind} from={from} signedIn={signedIn} headingRef={heading} />}
    </div>
  );
}

interface CalmStepProps {
  /** A quiet mark above the heading (the closing step). */
  badge?: ReactNode;
  eyebrow: string;
  title: string;
  lead?: string;
  headingRef: HeadingRef;
  children: ReactNode;
}

function CalmStep({ badge, eyebrow, title, lead, headingRef, children }: CalmStepProps) {
  useDocumentTitle(title);
  return (
    <>
      <div className="screen__intro calm__intro">
        {badge && (
          <span className="calm__badge" aria-hidden="true">
            {badge}
          </span>
        )}
        <p className="eyebrow calm__eyebrow">{eyebrow}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {lead && <p className="calm__lead">{lead}</p>}
      </div>
      {children}
    </>
  );
}

interface GroundingProps {
  headingRef: HeadingRef;
  onDone(): void;
  onFinish(): void;
}

/** 5-4-3-2-1, one sense at a time: the big number says how many, the words say what to notice. */
function Grounding({ headingRef, onDone, onFinish }: GroundingProps) {
  const [index, setIndex] = useState(0);
  const sense = SENSES[index]!;
  const last = index === SENSES.length - 1;

  return (
    <CalmStep
      eyebrow="Step 2 of 3"
      title="Notice the room"
      lead="Name each one, out loud or in your head. Take your time."
      headingRef={headingRef}
    >
      <section className="sense" aria-labelledby="sense-title" aria-live="polite">
        <p className="sense__count" aria-hidden="true">
          {sense.count}
        </p>
        <h2 id="sense-title" className="sense__what">
          {sense.count} {sense.what}
        </h2>
        <p className="sense__hint">{sense.hint}</p>
        <ol className="sense__dots" aria-label={`${index + 1} of ${SENSES.length}`}>
          {SENSES.map((s, i) => (
            <li key={s.count} className={`sense__dot${i <= index ? ' sense__dot--done' : ''}`} />
          ))}
        </ol>
      </section>
      <div className="actions">
        <button type="button" className="button button--calm" onClick={() => (last ? onDone() : setIndex(index + 1))}>
          {last ? 'Done' : `Next: ${SENSES[index + 1]!.count} ${SENSES[index + 1]!.what}`}
        </button>
        <button type="button" className="button button--ghost" onClick={onFinish}>
          I feel calmer now
        </button>
      </div>
      <MedicalNote />
    </CalmStep>
  );
}

interface DebriefProps {
  eventId: string;
  kind: CalmKind;
  experimentId: string | undefined;
  feeling: string;
  headingRef: HeadingRef;
  onSaved(): void;
}

/** A gentle look back, all optional; saving records the moment (a panic makes the next steps gentler). */
function Debrief({ eventId, kind, experimentId, feeling, headingRef, onSaved }: DebriefProps) {
  const [helped, setHelped] = useState<SupportTool[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // Recorded when it began; sent again here (stored once) in case that first write never left the phone.
      await api.recordSafetyEvent({ kind, ...(experimentId ? { experimentId } : {}) }, eventId);
      await api.addSafetyDebrief(eventId, {
        ...(feeling.trim() ? { feeling: feeling.trim() } : {}),
        toolsUsed: helped,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onSaved();
    } catch (e) {
      setError(
        e instanceof ApiError && e.isNetwork
          ? 'We could not reach Ask Anyway to save this. You can try again in a moment; the calm you found stays yours.'
          : e instanceof ApiError
            ? e.message
            : 'Saving did not work. Please try again.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <CalmStep
      eyebrow="Afterwards"
      title="How was that?"
      lead="A gentle look back. Everything here is optional."
      headingRef={headingRef}
    >
      <form className="card form" noValidate onSubmit={(e) => void save(e)} aria-busy={busy} aria-label="Afterwards">
        <CheckList
          legend="What helped, if anything?"
          items={SUPPORT_TOOLS.map((id) => ({ id, label: TOOL_LABELS[id] }))}
          selected={helped}
          onChange={setHelped}
        />
        <TextAreaField
          label="Anything you'd like to remember?"
          optional
          name="note"
          maxLength={1000}
          placeholder="e.g. It passed quicker than I thought."
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {kind === 'panic' && (
          <p className="kind-note">
            Saving this tells Ask Anyway to keep your next steps gentler for a couple of days.
          </p>
        )}
        <FormAlert message={error} />
        <button type="submit" className="button button--calm" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      </form>
    </CalmStep>
  );
}

interface DoneProps {
  kind: CalmKind;
  from: string | null;
  signedIn: boolean;
  headingRef: HeadingRef;
}

function Done({ kind, from, signedIn, headingRef }: DoneProps) {
  return (
    <CalmStep
      badge={<HeartIcon />}
      eyebrow={signedIn ? 'Saved' : 'Take care'}
      title="Well done for looking after yourself."
      lead={
        kind === 'panic'
          ? 'Stopping is not failure. Your next suggestions will be easier for a couple of days: that is part of it.'
          : 'Stopping is not failure. Come back to it when you are ready, or not today. Both count.'
      }
      headingRef={headingRef}
    >
      <div className="actions">
        <Link href={signedIn ? '/today' : '/'} className="button button--calm">
          {signedIn ? 'Back to Today' : 'Back to the start'}
        </Link>
        {from && (
          <Link href={from} className="button button--secondary">
            Back to where I was
          </Link>
        )}
      </div>
      <p className="calm__still">
        Still not OK?{' '}
        <Link href="/help" className="text-link">
          Get help now
        </Link>
        .
      </p>
    </CalmStep>
  );
}

/** Panic can feel like a heart problem, and sometimes something else is going on: say when to get care. */
function MedicalNote() {
  const { help: country } = useCountry();
  return (
    <p className="medical-note">
      Chest pain, or new physical symptoms? That needs medical care:{' '}
      {country ? (
        <a className="text-link" href={`tel:${country.emergency}`}>
          call {country.emergency}
        </a>
      ) : (
        'call your local emergency number'
      )}
      .
    </p>
  );
}

/** A quiet way out for a tap that was not meant: the moment is taken back and nothing is recorded. */
function MisTap({ eventId, kind, from }: { eventId: string; kind: CalmKind; from: string | null }) {
  const [, navigate] = useLocation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  async function undo() {
    setBusy(true);
    try {
      await api.undoSafetyEvent(eventId);
      // The toast belongs to the screen it is shown on: go first, then say it.
      navigate(from ?? '/today');
      toast.show({ text: kind === 'panic' ? 'Taken back. Your pace is as it was.' : 'Taken back.' });
    } catch {
      toast.show({ text: 'That could not be taken back now. It is only in your own record.' });
      setBusy(false);
    }
  }

  return (
    <button type="button" className="calm__mistap text-link" onClick={() => void undo()} disabled={busy}>
      Opened this by mistake?
    </button>
  );
}
