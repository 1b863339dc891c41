/**
 * Who may do what, declared in one place. Routes and services ask `can`/`authorize`; they never compare
 * ids themselves. Refusals look like "not found", so nobody learns that someone else's record exists.
 */
import { problems } from '../http/problem.js';

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
