import type { Experiment } from '@ask-anyway/core';
import { OUTCOME_CHIPS } from '../practice/words';

/** The outcome as a small coloured label; the words carry the meaning, the colour only helps. */
export function OutcomeChip({ outcome }: { outcome: Experiment['outcome'] }) {
  const key = outcome ?? 'planned';
  return <span className={`outcome-chip outcome-chip--${key}`}>{OUTCOME_CHIPS[key]}</span>;
}
