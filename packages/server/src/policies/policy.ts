/**
 * Who may do what, declared in one place. Routes and services ask `can`/`authorize`; they never compare
 * ids themselves. Refusals look like "not found", so nobody learns that someone else's record exists.
 */
import type { SharingScope } from '@ask-anyway/core';
import { ApiError, problems } from '../http/problem.js';

export type Actor = { kind: 'anonymous' } | { kind: 'person'; userId: string };

export type Person = Extract<Actor, { kind: 'person' }>;

/** The actor for a signed-in person. */
export function personActor(userId: string): Person {
  return { kind: 'person', userId };
}

/** Anything that belongs to a person. */
export interface Owned {
  userId: string;
}

type Rule<S> = (actor: Actor, subject: S) => boolean;

const isOwner: Rule<Owned> = (actor, subject) => actor.kind === 'person' && actor.userId === subject.userId;

/** The policy table: action → rule. Adding an action means adding its rule here. */
const rules = {
  'account.read': isOwner,
  'account.update': isOwner,
  'account.delete': isOwner,
  'session.list': isOwner,
  'session.revoke': isOwner,
  'rung.read': isOwner,
  'rung.update': isOwner,
  'rung.delete': isOwner,
  'rung.link': isOwner,
  'experiment.read': isOwner,
  'experiment.update': isOwner,
  'experiment.delete': isOwner,
  'measure.read': isOwner,
  'safetyEvent.update': isOwner,
  'safetyEvent.undo': isOwner,
  'invitation.revoke': isOwner,
  'connection.read': isOwner,
  'connection.update': isOwner,
  'connection.revoke': isOwner,
  'assignment.respond': isOwner,
} satisfies Record<string, Rule<Owned>>;

export type Action = keyof typeof rules;

export function can(actor: Actor, action: Action, subject: Owned): boolean {
  return rules[action](actor, subject);
}

/** Throws a 404 problem unless the actor may do the action to the subject. */
export function authorize(actor: Actor, action: Action, subject: Owned | undefined, what = 'That'): asserts subject {
  if (!subject || !can(actor, action, subject)) throw problems.notFound(what);
}

export const POLICY_ACTIONS = Object.keys(rules) as Action[];

// ── Clinicians ────────────────────────────────────────────────────────────────────────────────────

/** A clinician's live link to a person, with what the person chose to share. */
export interface Grant {
  userId: string;
  clinicianId: string;
  scopes: readonly SharingScope[];
  revokedAt: string | null;
}

/**
 * What a clinician may do with a connected person's data, and the scopes each needs. The person's view
 * (`client.view`) needs only a live connection; its sections are filtered by `clinicianCan` per scope.
 */
export const CLINICIAN_RULES = {
  'client.view': [],
  'client.practice.read': ['practice'],
  'client.notes.read': ['practice', 'notes'],
  'client.measures.read': ['measures'],
  'client.safety.read': ['safety'],
  'client.assign': ['practice'],
  'client.limits.set': ['practice'],
  'client.feedback.write': ['practice'],
} as const satisfies Record<string, readonly SharingScope[]>;

export type ClinicianAction = keyof typeof CLINICIAN_RULES;

const isLiveGrantOf = (actor: Actor, grant: Grant | undefined): grant is Grant =>
  actor.kind === 'person' && !!grant && grant.clinicianId === actor.userId && grant.revokedAt === null;

export function clinicianCan(actor: Actor, action: ClinicianAction, grant: Grant | undefined): boolean {
  if (!isLiveGrantOf(actor, grant)) return false;
  return CLINICIAN_RULES[action].every((scope: SharingScope) => grant.scopes.includes(scope));
}

/**
 * Throws unless the clinician may do the action for this person, effective on every request: no live
 * connection (never made, someone else's, or revoked) is a 404; a missing scope is a 403 naming it.
 */
export function authorizeClinician(actor: Actor, action: ClinicianAction, grant: Grant | undefined): asserts grant is Grant {
  if (!isLiveGrantOf(actor, grant)) throw problems.notFound('That person');
  if (!clinicianCan(actor, action, grant)) {
    const missing = CLINICIAN_RULES[action].filter((scope: SharingScope) => !grant.scopes.includes(scope));
    throw new ApiError(
      403,
      '/problems/not-shared',
      'Not shared with you',
      `This person has not shared ${missing.join(' and ')} with you. They can change what they share at any time.`,
    );
  }
}
