import type { Rung, SafetyBehaviourId } from '@ask-anyway/core';
import { useState, type FormEvent } from 'react';
import { useDraft } from '../practice/draft';
import { useLocation, useSearch } from 'wouter';
import { api, ApiError } from '../api/client';
import { HEADS_UP, SAFETY_BEHAVIOURS, SCREENING_REQUIRED, type CatalogueChallenge } from '../api/contract';
import { useResource } from '../api/use-resource';
import { useFormSubmit } from '../auth/form';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { ChallengeCard } from '../components/challenge-card';
import { CheckList } from '../components/choice-group';
import { Consideration } from '../components/consideration';
import { FormAlert } from '../components/form-alert';
import { HeadsUpDialog } from '../components/heads-up-dialog';
import { LoadFailed, Loading } from '../components/load-state';
import { MomentLinks } from '../components/moment-links';
import { RatingSlider } from '../components/rating-slider';
import { TextAreaField, TextField } from '../components/text-field';

interface Source {
  rung: Rung | null;
  challenge: CatalogueChallenge | null;
}

const FIELDS = ['title', 'fearedConsequence', 'beliefBefore', 'expectedSuds', 'safetyBehavioursToDrop', 'safetyBehavioursOther'];

/**
 * Before an ask: the challenge, the feared consequence in the person's words, how strongly they
 * believe it, how bad they expect it to feel, and which safety behaviours they will try to drop.
 * The challenge comes from `?rung=` (a ladder step), `?challenge=` (an idea) or is typed here.
 */
export function ExperimentBeforeScreen() {
  useDocumentTitle('Plan your ask');
  const search = new URLSearchParams(useSearch());
  const rungId = search.get('rung');
  const slug = search.get('challenge');

  const source = useResource<Source>(async () => {
    const [catalogue, ladder] = await Promise.all([api.catalogue(), rungId ? api.ladder() : null]);
    const rung = ladder?.rungs.find((r) => r.id === rungId) ?? null;
    const challengeSlug = slug ?? rung?.challengeSlug ?? null;
    const challenge = challengeSlug ? (catalogue.challenges.find((c) => c.slug === challengeSlug) ?? null) : null;
    return { rung, challenge };
  }, `${rungId ?? ''}|${slug ?? ''}`);

  return (
    <div className="screen">
      <BackLink href="/today">Today</BackLink>
      <div className="screen__intro">
        <p className="eyebrow">Before · step 1 of 3</p>
        <h1 tabIndex={-1}>Plan your ask</h1>
        <p className="lead">A minute now makes the comparison afterwards worth having. Only the ask itself is needed.</p>
      </div>
      <MomentLinks />
      {source.state.status === 'loading' && <Loading label="Loading your challenge" />}
      {source.state.status === 'failed' && <LoadFailed error={source.state.error} onRetry={() => void source.reload()} />}
      {source.state.status === 'ready' && <BeforeForm source={source.state.data} />}
    </div>
  );
}

function BeforeForm({ source }: { source: Source }) {
  const [, navigate] = useLocation();
  const { rung, challenge } = source;
  const ownWords = !rung && !challenge;
  // Kept while the person steps away (help, a breathing break) and comes back; cleared once saved.
  const [draft, updateDraft, clearDraft] = useDraft(`plan:${rung?.id ?? ''}|${challenge?.slug ?? ''}`, {
    title: '',
    feared: '',
    belief: null as number | null,
    expected: (rung?.suds ?? challenge?.difficulty ?? null) as number | null,
    drop: [] as SafetyBehaviourId[],
    other: '',
  });
  const { title, feared, belief, expected, drop, other } = draft;
  const setTitle = (title: string) => updateDraft({ title });
  const setFeared = (feared: string) => updateDraft({ feared });
  const setBelief = (belief: number | null) => updateDraft({ belief });
  const setExpected = (expected: number | null) => updateDraft({ expected });
  const setDrop = (drop: SafetyBehaviourId[]) => updateDraft({ drop });
  const setOther = (other: string) => updateDraft({ other });
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(FIELDS);
  const [headsUp, setHeadsUp] = useState<string | null>(null);

  function request() {
    return {
      ...(rung ? { rungId: rung.id } : {}),
      ...(challenge ? { challengeSlug: challenge.slug } : {}),
      ...(ownWords ? { title } : {}),
      ...(feared.trim() ? { fearedConsequence: feared.trim() } : {}),
      ...(belief !== null ? { beliefBefore: belief } : {}),
      ...(expected !== null ? { expectedSuds: expected } : {}),
      safetyBehavioursToDrop: drop,
      ...(other.trim() ? { safetyBehavioursOther: other.trim() } : {}),
    };
  }

  /**
   * Saves the plan. Above the rails the server asks for a heads-up first, and before any screening
   * for the safety questions: both are screens of their own, not errors.
   */
  function save(headsUpConfirmed: boolean) {
    void submit(async () => {
      try {
        const experiment = await api.createExperiment({
          ...request(),
          ...(headsUpConfirmed ? { headsUpConfirmed } : {}),
        });
        setHeadsUp(null);
        clearDraft();
        navigate(`/experiment/${experiment.id}/go`);
      } catch (error) {
        if (error instanceof ApiError && error.type === HEADS_UP) {
          setHeadsUp(error.detail ?? error.title);
          return;
        }
        if (error instanceof ApiError && error.type === SCREENING_REQUIRED) {
          navigate('/safety/screening');
          return;
        }
        setHeadsUp(null);
        throw error;
      }
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save(false);
  }

  return (
    <form ref={formRef} className="stack" noValidate onSubmit={onSubmit} aria-busy={busy}>
      {ownWords ? (
        <div className="card form">
          <TextField
            label="What will you ask?"
            name="title"
            placeholder="e.g. Ask the barista for their favourite drink"
            maxLength={120}
            value={title}
            error={errors.fields.title}
            onChange={(e) => {
              setTitle(e.target.value);
              clearField('title');
            }}
          />
          <Consideration>Keep it kind and safe for the other person: a no should cost them nothing.</Consideration>
        </div>
      ) : (
        <ChallengeCard title={rung?.title ?? challenge!.title} ask={challenge?.ask ?? null} consideration={challenge?.consideration} />
      )}

      <section className="card form" aria-labelledby="prediction-title">
        <h2 id="prediction-title">Your prediction</h2>
        <TextAreaField
          label="What do you fear will happen after the no?"
          optional
          hint="Not the no itself: what you fear comes after it, in your own words."
          placeholder="e.g. They'll think I'm weird. I'll feel crushed for days."
          name="fearedConsequence"
          maxLength={500}
          value={feared}
          error={errors.fields.fearedConsequence}
          onChange={(e) => {
            setFeared(e.target.value);
            clearField('fearedConsequence');
          }}
        />
        <RatingSlider
          label="How strongly do you believe it will happen?"
          scale="belief"
          value={belief}
          error={errors.fields.beliefBefore}
          onChange={(v) => {
            setBelief(v);
            clearField('beliefBefore');
          }}
        />
        <RatingSlider
          label="How bad do you expect it to feel, at its peak?"
          hint={expected !== null && !ownWords ? 'We started from your rating. Move it if today feels different.' : undefined}
          value={expected}
          error={errors.fields.expectedSuds}
          onChange={(v) => {
            setExpected(v);
            clearField('expectedSuds');
          }}
        />
      </section>

      <section className="card form" aria-labelledby="drop-title">
        <h2 id="drop-title">Try it without a safety net</h2>
        <CheckList
          legend="Safety behaviours to drop this time"
          hint="Little habits that feel protective but keep the fear going. Pick one or two, or none."
          items={SAFETY_BEHAVIOURS}
          selected={drop}
          onChange={setDrop}
        />
        <TextField
          label="Anything else you'll try without?"
          optional
          name="safetyBehavioursOther"
          maxLength={300}
          value={other}
          error={errors.fields.safetyBehavioursOther}
          onChange={(e) => {
            setOther(e.target.value);
            clearField('safetyBehavioursOther');
          }}
        />
      </section>

      <FormAlert message={errors.form} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Getting ready…' : "I'm ready"}
      </button>
      <HeadsUpDialog
        message={headsUp}
        busy={busy}
        onGoAhead={() => save(true)}
        onGentler={() => {
          setHeadsUp(null);
          navigate('/experiment/pick?gentler=1');
        }}
        onClose={() => setHeadsUp(null)}
      />
    </form>
  );
}
