import {
  findChallenge,
  MEASURE_IDS,
  summarizeMeasure,
  type Assignment,
  type ClientView,
  type Experiment,
  type SharingScope,
} from '@ask-anyway/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { problems } from '../../http/problem.js';
import type { Clock } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { authorizeClinician, clinicianCan, type Grant, type Person } from '../../policies/policy.js';
import { presentExperiment } from '../../presenters/practice.presenter.js';
import { UserRepository } from '../auth/user.repository.js';
import { entryFact, presentMeasureEntry } from '../measures/measures.service.js';
import { MeasuresRepository } from '../measures/measures.repository.js';
import { ExperimentRepository } from '../practice/experiment.repository.js';
import type { PracticeService } from '../practice/practice.service.js';
import { SafetyRepository } from '../safety/safety.repository.js';
import { CRISIS_SIGNALS, presentSafetyEvent } from '../safety/safety.service.js';
import { ClinicianRepository, type ConnectionRow } from './clinician.repository.js';
import { clinicianLabel, hashInvitationCode, parseScopes, presentAssignment } from './sharing.service.js';

const DAY_MS = 86_400_000;
/** Flags look back this far; a crisis answer stays flagged while its pause is open. */
const FLAG_WINDOW_DAYS = 14;
const INACTIVE_DAYS = 7;
const OVERWHELM_PEAK = 85;

type Flag = ClientView['flags'][number];
const FLAG_ORDER: readonly Flag[] = ['crisis-answer', 'panic', 'overwhelm', 'reliably-worse', 'inactive'];

const grantOf = (row: ConnectionRow | undefined): Grant | undefined =>
  row && { userId: row.userId, clinicianId: row.clinicianId, scopes: parseScopes(row.scopes), revokedAt: row.revokedAt };

/** Free text is the person's own words: it reaches a clinician only with the `notes` scope. */
function withoutNotes(e: Experiment): Experiment {
  return { ...e, fearedConsequence: null, safetyBehavioursOther: null, learned: null };
}

/** The clinician's side: accepting invitations, the dashboard, one person's view, guiding the practice. */
export class ClinicianService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly practice: PracticeService,
  ) {}

  /** Single use: of two clinicians racing with one code, exactly one gets the connection. */
  async acceptInvitation(clinician: Person, code: string) {
    const repo = new ClinicianRepository(this.db);
    const now = this.clock.now().toISOString();
    const invitation = await repo.findInvitationByCodeHash(hashInvitationCode(code));
    const unusable = problems.invalidField('code', 'That code does not work: it may be mistyped, used, withdrawn or older than 7 days. Ask for a new one.');
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) throw unusable;
    if (invitation.userId === clinician.userId) {
      throw problems.invalidField('code', 'That is your own invitation.');
    }
    if (await repo.findLiveConnection(invitation.userId, clinician.userId)) {
      throw problems.conflict('You are already connected with this person. They can change what they share in their settings.');
    }
    const id = uuidv7();
    await this.db.transaction().execute(async (trx) => {
      const t = new ClinicianRepository(trx);
      if (!(await t.claimInvitation(invitation.id, clinician.userId, now))) throw unusable;
      await t.insertConnection({
        id,
        userId: invitation.userId,
        clinicianId: clinician.userId,
        scopes: invitation.scopes,
        maxStep: null,
        maxExpectedSuds: null,
        pauseSuggestions: 0,
        createdAt: now,
        updatedAt: now,
        revokedAt: null,
      });
      await this.audit(trx, clinician, invitation.userId, 'write', 'Accepted your invitation and connected');
    });
    return { connectionId: id };
  }

  /** Everyone the clinician is connected with, what needs attention first. */
  async people(clinician: Person) {
    const [rows, label] = await Promise.all([
      new ClinicianRepository(this.db).listLiveForClinician(clinician.userId),
      this.actorLabel(this.db, clinician),
    ]);
    const people = await Promise.all(
      rows.map(async (row) => {
        const grant = grantOf(row)!;
        const { flags, lastActivityAt } = await this.attention(clinician, grant, row.createdAt);
        await this.audit(this.db, clinician, row.userId, 'read', `Dashboard summary (${describe(grant.scopes)})`, label);
        return { connectionId: row.id, displayName: row.personName, scopes: [...grant.scopes], lastActivityAt, flags, since: row.createdAt };
      }),
    );
    const rank = (p: { flags: Flag[] }) => (p.flags.length > 0 ? FLAG_ORDER.indexOf(p.flags[0]!) : FLAG_ORDER.length);
    people.sort((a, b) => rank(a) - rank(b) || b.flags.length - a.flags.length || (a.lastActivityAt ?? '').localeCompare(b.lastActivityAt ?? ''));
    return { people };
  }

  /** One person, showing only what their scopes allow. */
  async view(clinician: Person, connectionId: string): Promise<ClientView> {
    const repo = new ClinicianRepository(this.db);
    const row = await repo.findConnection(connectionId);
    const grant = grantOf(row);
    authorizeClinician(clinician, 'client.view', grant);
    const userId = grant.userId;
    const can = (action: Parameters<typeof clinicianCan>[1]) => clinicianCan(clinician, action, grant);
    const [person, { flags, lastActivityAt }, assignments, feedback] = await Promise.all([
      new UserRepository(this.db).findById(userId),
      this.attention(clinician, grant, row!.createdAt),
      repo.listAssignments(userId, connectionId),
      repo.listFeedback(userId, connectionId),
    ]);
    const view: ClientView = {
      connectionId,
      displayName: person?.displayName ?? null,
      scopes: [...grant.scopes],
      limits: { maxStep: row!.maxStep, maxExpectedSuds: row!.maxExpectedSuds, pauseSuggestions: row!.pauseSuggestions === 1 },
      flags,
      lastActivityAt,
      assignments: assignments.map(presentAssignment),
      feedback: feedback.map((f) => ({ id: f.id, experimentId: f.experimentId, from: f.fromName ?? f.fromEmail ?? '', text: f.text, createdAt: f.createdAt })),
    };
    const sections: string[] = [];
    if (can('client.practice.read')) {
      const ladder = await this.practice.ladder({ kind: 'person', userId });
      const experiments = (await new ExperimentRepository(this.db).listAllForUser(userId)).map(presentExperiment).reverse();
      view.ladder = ladder.rungs;
      view.experiments = can('client.notes.read') ? experiments : experiments.map(withoutNotes);
      sections.push(can('client.notes.read') ? 'ladder, experiments with notes' : 'ladder, experiments');
    }
    if (can('client.measures.read')) {
      const rows = await new MeasuresRepository(this.db).listForUser(userId);
      const correctedBy = new Map(rows.filter((r) => r.correctsId).map((r) => [r.correctsId as string, r.id]));
      const facts = rows.map(entryFact);
      view.measures = {
        summaries: MEASURE_IDS.map((m) => summarizeMeasure(m, facts)),
        entries: rows.map((r) => presentMeasureEntry(r, correctedBy.get(r.id) ?? null)),
      };
      sections.push('questionnaires');
    }
    if (can('client.safety.read')) {
      view.safetyEvents = (await new SafetyRepository(this.db).listEvents(userId)).map(presentSafetyEvent);
      sections.push('safety events');
    }
    await this.audit(this.db, clinician, userId, 'read', `Viewed ${sections.length > 0 ? sections.join('; ') : 'the overview'}`);
    return view;
  }

  async assign(
    clinician: Person,
    connectionId: string,
    input: { kind: 'challenge' | 'rung'; challengeSlug?: string | undefined; title?: string | undefined; suds: number; note?: string | undefined },
  ): Promise<Assignment> {
    const repo = new ClinicianRepository(this.db);
    const grant = grantOf(await repo.findConnection(connectionId));
    authorizeClinician(clinician, 'client.assign', grant);
    const challenge = input.challengeSlug ? findChallenge(input.challengeSlug) : undefined;
    if (input.challengeSlug && !challenge) {
      throw problems.invalidField('challengeSlug', 'That challenge is not in the catalogue.');
    }
    const now = this.clock.now().toISOString();
    const id = uuidv7();
    const title = input.title ?? challenge!.title;
    await this.db.transaction().execute(async (trx) => {
      await new ClinicianRepository(trx).insertAssignment({
        id,
        userId: grant.userId,
        connectionId,
        kind: input.kind,
        challengeSlug: challenge?.slug ?? null,
        title,
        suds: input.suds,
        note: input.note ?? null,
        status: 'pending',
        createdAt: now,
        respondedAt: null,
        rungId: null,
        experimentId: null,
      });
      await this.audit(trx, clinician, grant.userId, 'write', `Suggested a ${input.kind === 'rung' ? 'ladder step' : 'challenge'}: “${title}”`);
    });
    return presentAssignment({ ...(await repo.findAssignment(id))!, fromName: null, fromEmail: null });
  }

  /** Pacing limits the rails then enforce; they can only tighten the defaults. */
  async setLimits(clinician: Person, connectionId: string, limits: { maxStep: number | null; maxExpectedSuds: number | null; pauseSuggestions: boolean }) {
    const repo = new ClinicianRepository(this.db);
    const grant = grantOf(await repo.findConnection(connectionId));
    authorizeClinician(clinician, 'client.limits.set', grant);
    await this.db.transaction().execute(async (trx) => {
      await new ClinicianRepository(trx).updateConnection(connectionId, {
        maxStep: limits.maxStep,
        maxExpectedSuds: limits.maxExpectedSuds,
        pauseSuggestions: limits.pauseSuggestions ? 1 : 0,
        updatedAt: this.clock.now().toISOString(),
      });
      const parts = [
        limits.maxStep !== null ? `step at most ${limits.maxStep}` : null,
        limits.maxExpectedSuds !== null ? `expected distress at most ${limits.maxExpectedSuds}` : null,
        limits.pauseSuggestions ? 'suggestions paused' : null,
      ].filter(Boolean);
      await this.audit(trx, clinician, grant.userId, 'write', `Set pacing limits: ${parts.length > 0 ? parts.join(', ') : 'none'}`);
    });
    return limits;
  }

  async feedback(clinician: Person, connectionId: string, input: { experimentId: string; text: string }) {
    const repo = new ClinicianRepository(this.db);
    const grant = grantOf(await repo.findConnection(connectionId));
    authorizeClinician(clinician, 'client.feedback.write', grant);
    const experiment = await new ExperimentRepository(this.db).findById(input.experimentId);
    if (!experiment || experiment.userId !== grant.userId) {
      throw problems.invalidField('experimentId', 'There is no such experiment for this person.');
    }
    const now = this.clock.now().toISOString();
    const id = uuidv7();
    await this.db.transaction().execute(async (trx) => {
      await new ClinicianRepository(trx).insertFeedback({ id, userId: grant.userId, connectionId, experimentId: experiment.id, text: input.text, createdAt: now });
      await this.audit(trx, clinician, grant.userId, 'write', `Left feedback on “${experiment.title}”`);
    });
    const label = (await new UserRepository(this.db).findById(clinician.userId))?.displayName ?? '';
    return { id, experimentId: experiment.id, from: label, text: input.text, createdAt: now };
  }

  /** Flags from what is shared only: a clinician without `safety` never learns of a panic through a flag. */
  private async attention(clinician: Person, grant: Grant, connectedAt: string): Promise<{ flags: Flag[]; lastActivityAt: string | null }> {
    const userId = grant.userId;
    const now = this.clock.now().getTime();
    const since = new Date(now - FLAG_WINDOW_DAYS * DAY_MS).toISOString();
    // Only what the flags need: a year of experiments is not read to find one recent overwhelming ask.
    const [activity, events, entries] = await Promise.all([
      new ExperimentRepository(this.db).activitySince(userId, since, OVERWHELM_PEAK),
      new SafetyRepository(this.db).listEvents(userId),
      new MeasuresRepository(this.db).listForUser(userId),
    ]);
    const flags = new Set<Flag>();
    if (clinicianCan(clinician, 'client.safety.read', grant)) {
      const lastSafe = events.find((e) => e.kind === 'safe-check-in');
      const crisis = events.find((e) => (CRISIS_SIGNALS as readonly string[]).includes(e.kind));
      if (crisis && (crisis.createdAt >= since || !lastSafe || lastSafe.createdAt < crisis.createdAt)) flags.add('crisis-answer');
      if (events.some((e) => e.kind === 'panic' && e.createdAt >= since)) flags.add('panic');
    }
    if (clinicianCan(clinician, 'client.practice.read', grant)) {
      if (activity.peakedSince) flags.add('overwhelm');
    }
    if (clinicianCan(clinician, 'client.measures.read', grant)) {
      const facts = entries.map(entryFact);
      if (MEASURE_IDS.some((m) => summarizeMeasure(m, facts).change === 'reliably worse')) flags.add('reliably-worse');
    }
    const times = [
      ...(activity.lastUpdatedAt ? [activity.lastUpdatedAt] : []),
      ...entries.map((e) => e.createdAt),
      ...events.filter((e) => e.kind === 'panic' || e.kind === 'moment').map((e) => e.createdAt),
    ];
    const lastActivityAt = times.length > 0 ? times.reduce((a, b) => (a > b ? a : b)) : null;
    const quietSince = new Date(now - INACTIVE_DAYS * DAY_MS).toISOString();
    // Quiet for a week: counted from the last activity, or from when the person connected if there is none
    // yet (someone who joined minutes ago is not "inactive").
    const reference = [lastActivityAt, connectedAt].filter((t): t is string => t !== null).reduce((a, b) => (a > b ? a : b));
    if (reference < quietSince) flags.add('inactive');
    return { flags: FLAG_ORDER.filter((f) => flags.has(f)), lastActivityAt };
  }

  /** Who the person sees in their audit trail: the clinician's name and self-declared profession. */
  private async actorLabel(db: Kysely<DB>, clinician: Person): Promise<string> {
    const user = await new UserRepository(db).findById(clinician.userId);
    return user ? clinicianLabel(user) : 'A clinician';
  }

  /** Records a read or write; `label` when the caller already has it (one lookup for a whole dashboard). */
  private async audit(
    db: Kysely<DB>,
    clinician: Person,
    userId: string,
    action: 'read' | 'write',
    what: string,
    label?: string,
  ): Promise<void> {
    await new ClinicianRepository(db).insertAudit({
      id: uuidv7(),
      userId,
      actorId: clinician.userId,
      actorLabel: label ?? (await this.actorLabel(db, clinician)),
      action,
      what,
      createdAt: this.clock.now().toISOString(),
    });
  }
}

function describe(scopes: readonly SharingScope[]): string {
  return scopes.length > 0 ? `shared: ${scopes.join(', ')}` : 'nothing shared beyond the connection';
}
