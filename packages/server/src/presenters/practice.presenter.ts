import type { Experiment, ExperimentFacts, Rung } from '@ask-anyway/core';
import type { ExperimentFactsRow, ExperimentRow } from '../modules/practice/experiment.repository.js';
import type { RungRow } from '../modules/practice/ladder.repository.js';
import type { Mastery } from '@ask-anyway/core';

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function presentExperiment(row: ExperimentRow): Experiment {
  return {
    id: row.id,
    rungId: row.rungId,
    challengeSlug: row.challengeSlug,
    title: row.title,
    fearedConsequence: row.fearedConsequence,
    beliefBefore: row.beliefBefore,
    expectedSuds: row.expectedSuds,
    safetyBehavioursToDrop: parseIds(row.safetyToDrop),
    safetyBehavioursOther: row.safetyOther,
    outcome: row.outcome as Experiment['outcome'],
    actualSuds: row.actualSuds,
    fearedHappened: row.fearedHappened as Experiment['fearedHappened'],
    beliefAfter: row.beliefAfter,
    safetyBehavioursUsed: parseIds(row.safetyUsed),
    learned: row.learned,
    quick: row.quick === 1,
    aboveRails: row.aboveRails === 1,
    occurredAt: row.occurredAt,
    timeZone: row.timeZone,
    localDate: row.localDate,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentRung(row: RungRow, mastery: Mastery, lastAttemptAt: string | null): Rung {
  return {
    id: row.id,
    title: row.title,
    challengeSlug: row.challengeSlug,
    suds: row.suds,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    attempts: mastery.attempts,
    mastery: mastery.status,
    lastAttemptAt,
  };
}

/** The facts core computes with (no free text). */
export function experimentFacts(row: ExperimentFactsRow): ExperimentFacts {
  return {
    id: row.id,
    rungId: row.rungId,
    challengeSlug: row.challengeSlug,
    occurredAt: row.occurredAt,
    timeZone: row.timeZone,
    expectedSuds: row.expectedSuds,
    beliefBefore: row.beliefBefore,
    outcome: row.outcome as ExperimentFacts['outcome'],
    actualSuds: row.actualSuds,
    fearedHappened: row.fearedHappened as ExperimentFacts['fearedHappened'],
    beliefAfter: row.beliefAfter,
  };
}
