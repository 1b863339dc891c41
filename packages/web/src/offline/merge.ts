import type { CreateExperimentRequest, Experiment, UpdateExperimentRequest } from '@ask-anyway/core';
import type { OutboxEntry } from './outbox';

/**
 * How a screen sees writes still in the outbox: a pending create is an entry of its own, pending
 * edits are laid over the last copy the server sent, a pending delete hides the entry.
 */

const EXPERIMENT_PATH = /^\/api\/experiments\/([^/?]+)$/;

/** The day an instant falls on in a time zone, as YYYY-MM-DD. */
function localDateOf(iso: string, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

/** The experiment a create would make, as far as the phone can tell before the server answers. */
export function experimentFromCreate(
  id: string,
  body: CreateExperimentRequest,
  title: string,
  createdAt: string,
): Experiment {
  const occurredAt = body.occurredAt ?? createdAt;
  const timeZone = body.timeZone ?? 'UTC';
  return {
    id,
    rungId: body.rungId ?? null,
    challengeSlug: body.challengeSlug ?? null,
    title,
    fearedConsequence: body.fearedConsequence ?? null,
    beliefBefore: body.beliefBefore ?? null,
    expectedSuds: body.expectedSuds ?? null,
    safetyBehavioursToDrop: body.safetyBehavioursToDrop ?? [],
    safetyBehavioursOther: body.safetyBehavioursOther ?? null,
    outcome: body.outcome ?? null,
    actualSuds: body.actualSuds ?? null,
    fearedHappened: body.fearedHappened ?? null,
    beliefAfter: body.beliefAfter ?? null,
    safetyBehavioursUsed: body.safetyBehavioursUsed ?? [],
    learned: body.learned ?? null,
    quick: body.quick ?? false,
    aboveRails: body.headsUpConfirmed ?? false,
    occurredAt,
    timeZone,
    localDate: localDateOf(occurredAt, body.timeZone),
    createdAt,
    updatedAt: createdAt,
  };
}

export function applyPatch(experiment: Experiment, patch: UpdateExperimentRequest, at: string): Experiment {
  const next = { ...experiment, ...patch, updatedAt: at } as Experiment;
  if (patch.occurredAt) next.localDate = localDateOf(patch.occurredAt, patch.timeZone ?? experiment.timeZone);
  return next;
}

function isExperimentCreate(e: OutboxEntry): boolean {
  return e.method === 'POST' && e.path === '/api/experiments' && e.resourceId !== null;
}

function experimentIdOf(e: OutboxEntry): string | null {
  return EXPERIMENT_PATH.exec(e.path)?.[1] ?? null;
}

/** The pending create of an experiment, shaped as the experiment it will be. */
export function pendingExperiment(entries: readonly OutboxEntry[], id: string): Experiment | null {
  const create = entries.find((e) => isExperimentCreate(e) && e.resourceId === id);
  if (!create?.body) return null;
  const base = experimentFromCreate(id, create.body as CreateExperimentRequest, create.label, create.createdAt);
  return overlay(entries, base);
}

/** Lays pending edits over an experiment; null when a delete is pending. */
export function overlay(entries: readonly OutboxEntry[], experiment: Experiment): Experiment | null {
  let result: Experiment | null = experiment;
  for (const e of entries) {
    if (experimentIdOf(e) !== experiment.id || result === null) continue;
    if (e.method === 'DELETE') result = null;
    else if (e.method === 'PATCH' && e.body) result = applyPatch(result, e.body as UpdateExperimentRequest, e.createdAt);
  }
  return result;
}

/** The first page of history with pending creates on top and pending edits and deletes applied. */
export function mergeHistory(entries: readonly OutboxEntry[], experiments: readonly Experiment[], firstPage: boolean): Experiment[] {
  const known = new Set(experiments.map((e) => e.id));
  const pending = firstPage
    ? entries
        .filter((e) => isExperimentCreate(e) && !known.has(e.resourceId ?? ''))
        .map((e) => pendingExperiment(entries, e.resourceId ?? ''))
        .filter((e): e is Experiment => e !== null)
        .reverse()
    : [];
  const merged = experiments.map((e) => overlay(entries, e)).filter((e): e is Experiment => e !== null);
  return [...pending, ...merged].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

/** Whether anything about this experiment is still waiting in the outbox, and whether it needs the person. */
export function syncStateOf(entries: readonly OutboxEntry[], id: string): 'pending' | 'rejected' | null {
  const mine = entries.filter((e) => e.resourceId === id || experimentIdOf(e) === id);
  if (mine.length === 0) return null;
  return mine.some((e) => e.status === 'rejected') ? 'rejected' : 'pending';
}
