/**
 * A behavioural experiment (Clark & Wells): the prediction before, what happened after.
 * Here only the facts the domain computes with; free text lives in the contract and the database.
 */
export const OUTCOMES = ['rejected', 'accepted', 'partly', 'not-done'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  rejected: 'They said no',
  accepted: 'They said yes',
  partly: 'Partly',
  'not-done': "I didn't do it this time",
};

export const FEARED_HAPPENED = ['no', 'partly', 'yes'] as const;
export type FearedHappened = (typeof FEARED_HAPPENED)[number];

/** Common safety behaviours in social anxiety: logged and faded, never banned. */
export const SAFETY_BEHAVIOURS = [
  { id: 'avoid-eye-contact', label: 'Avoiding eye contact' },
  { id: 'over-apologise', label: 'Over-apologising' },
  { id: 'rehearse-script', label: 'Rehearsing a script' },
  { id: 'excuse-ready', label: 'Having an excuse ready' },
  { id: 'rush', label: 'Rushing to get it over with' },
  { id: 'speak-quietly', label: 'Speaking very quietly' },
  { id: 'phone-shield', label: 'Looking at my phone' },
  { id: 'bring-someone', label: 'Bringing someone along' },
  { id: 'joke-it-off', label: 'Making it a joke first' },
] as const;
export type SafetyBehaviourId = (typeof SAFETY_BEHAVIOURS)[number]['id'];
export const SAFETY_BEHAVIOUR_IDS = SAFETY_BEHAVIOURS.map((b) => b.id) as unknown as readonly [
  SafetyBehaviourId,
  ...SafetyBehaviourId[],
];

export interface ExperimentFacts {
  id: string;
  rungId: string | null;
  challengeSlug: string | null;
  /** When it happened (or is planned), an ISO instant. */
  occurredAt: string;
  /** The IANA time zone the person was in; decides the local day. */
  timeZone: string;
  expectedSuds: number | null;
  beliefBefore: number | null;
  /** Null while only planned. */
  outcome: Outcome | null;
  actualSuds: number | null;
  fearedHappened: FearedHappened | null;
  beliefAfter: number | null;
}

/** An ask happened: the person asked, whatever the answer. A planned or not-done entry is not an ask. */
export function isAsk(e: Pick<ExperimentFacts, 'outcome'>): boolean {
  return e.outcome === 'rejected' || e.outcome === 'accepted' || e.outcome === 'partly';
}

/** Oldest first, ties by id, so every computation over a history is order-independent. */
export function chronological<T extends Pick<ExperimentFacts, 'occurredAt' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
