import type { Experiment, FearedHappened, Outcome, SafetyBehaviourId, UpdateExperimentRequest } from '@ask-anyway/core';
import { FEARED_HAPPENED, OUTCOMES, SAFETY_BEHAVIOURS } from '../api/contract';
import type { FieldMessages } from '../auth/form';
import { FEARED_HAPPENED_CHOICES, OUTCOME_CHOICES } from '../practice/words';
import { ChoiceGroup, CheckList } from './choice-group';
import { RatingSlider } from './rating-slider';
import { TextAreaField } from './text-field';

/** What the after-log asks: what happened, how it felt, and what it taught. */
export interface AfterValues {
  outcome: Outcome | null;
  actualSuds: number | null;
  fearedHappened: FearedHappened | null;
  beliefAfter: number | null;
  safetyBehavioursUsed: SafetyBehaviourId[];
  learned: string;
  /** Only asked when no prediction was made before (a quick log): a best memory of it. */
  expectedSuds: number | null;
}

export const AFTER_FIELDS = ['outcome', 'actualSuds', 'fearedHappened', 'beliefAfter', 'safetyBehavioursUsed', 'learned', 'expectedSuds'];

const SAFETY_IDS = new Set<string>(SAFETY_BEHAVIOURS.map((b) => b.id));

export function afterValuesOf(e: Experiment): AfterValues {
  return {
    outcome: e.outcome,
    actualSuds: e.actualSuds,
    fearedHappened: e.fearedHappened,
    beliefAfter: e.beliefAfter,
    safetyBehavioursUsed: e.safetyBehavioursUsed.filter((id): id is SafetyBehaviourId => SAFETY_IDS.has(id)),
    learned: e.learned ?? '',
    expectedSuds: e.expectedSuds,
  };
}

/**
 * The PATCH for an after-log. Logging a plan for the first time dates it now, in the phone's zone:
 * the day it happened, not the day it was planned, is the one that counts.
 */
export function afterRequest(values: AfterValues, before: Experiment, timeZone: string | undefined): UpdateExperimentRequest {
  const asked = values.outcome !== 'not-done';
  const request: UpdateExperimentRequest = {
    ...(values.outcome ? { outcome: values.outcome } : {}),
    learned: values.learned.trim() ? values.learned.trim() : null,
  };
  if (asked) {
    Object.assign(request, {
      actualSuds: values.actualSuds,
      fearedHappened: values.fearedHappened,
      beliefAfter: values.beliefAfter,
      safetyBehavioursUsed: values.safetyBehavioursUsed,
    });
    if (before.expectedSuds === null && values.expectedSuds !== null) request.expectedSuds = values.expectedSuds;
  }
  if (before.outcome === null && values.outcome) {
    request.occurredAt = new Date().toISOString();
    if (timeZone) request.timeZone = timeZone;
  }
  return request;
}

interface AfterFieldsProps {
  experiment: Experiment;
  values: AfterValues;
  onChange(values: AfterValues): void;
  errors: FieldMessages;
}

export function AfterFields({ experiment, values, onChange, errors }: AfterFieldsProps) {
  const set = <K extends keyof AfterValues>(key: K, value: AfterValues[K]) => onChange({ ...values, [key]: value });
  const asked = values.outcome !== null && values.outcome !== 'not-done';
  const feared = experiment.fearedConsequence;
  // Re-rating a belief only means something next to a first rating; a quick log has none.
  const predicted = feared !== null || experiment.beliefBefore !== null;

  return (
    <>
      <ChoiceGroup
        legend="What happened?"
        name="outcome"
        choices={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_CHOICES[o] }))}
        value={values.outcome}
        onChange={(o) => set('outcome', o)}
        error={errors.outcome}
      />

      {values.outcome === 'not-done' && (
        <p className="kind-note">
          That's OK. Planning it was a step, and it will be here when you're ready. Nothing is lost.
        </p>
      )}

      {asked && (
        <>
          {experiment.expectedSuds === null && (
            <RatingSlider
              label="Before you asked, how bad did you expect it to feel?"
              hint="Your best memory of it is fine. It lets you compare fear with reality."
              value={values.expectedSuds}
              onChange={(v) => set('expectedSuds', v)}
              error={errors.expectedSuds}
            />
          )}
          <RatingSlider
            label="At its peak, how strong was the distress?"
            value={values.actualSuds}
            onChange={(v) => set('actualSuds', v)}
            error={errors.actualSuds}
          />
          {predicted && (
            <>
              <ChoiceGroup
                legend="Did what you feared happen?"
                hint={feared ? `You feared: “${feared}”` : undefined}
                name="fearedHappened"
                layout="row"
                choices={FEARED_HAPPENED.map((f) => ({ value: f, label: FEARED_HAPPENED_CHOICES[f] }))}
                value={values.fearedHappened}
                onChange={(f) => set('fearedHappened', f)}
                error={errors.fearedHappened}
              />
              <RatingSlider
                label={feared ? 'How much do you believe it now?' : 'How much do you believe your fear now?'}
                scale="belief"
                value={values.beliefAfter}
                note={experiment.beliefBefore !== null ? `Before, you said ${experiment.beliefBefore}%.` : undefined}
                onChange={(v) => set('beliefAfter', v)}
                error={errors.beliefAfter}
              />
            </>
          )}
          <CheckList
            legend="Safety behaviours you used"
            hint="Noticing is the point. Using one is fine."
            items={SAFETY_BEHAVIOURS}
            selected={values.safetyBehavioursUsed}
            onChange={(used) => set('safetyBehavioursUsed', used)}
          />
        </>
      )}

      {values.outcome !== null && (
        <TextAreaField
          label={asked ? 'What did you learn?' : 'Anything that got in the way?'}
          optional
          name="learned"
          maxLength={1000}
          placeholder={
            asked ? 'e.g. They said no kindly, and I felt fine a minute later.' : 'e.g. It was busier than I expected.'
          }
          hint={asked ? undefined : 'No blame: noticing it helps the next plan.'}
          value={values.learned}
          error={errors.learned}
          onChange={(e) => set('learned', e.target.value)}
        />
      )}
    </>
  );
}
