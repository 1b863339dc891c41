import { randomInt } from 'node:crypto';
import {
  SHARING_SCOPES,
  type Assignment,
  type SharingScope,
} from '@ask-anyway/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ApiError, problems } from '../../http/problem.js';
import type { Clock } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { hashSecret } from '../../lib/secrets.js';
import { authorize, type Person } from '../../policies/policy.js';
import type { PracticeService } from '../practice/practice.service.js';
import { ClinicianRepository, type AssignmentRow, type InvitationRow } from './clinician.repository.js';

export const INVITATION_TTL_MS = 7 * 86_400_000;
/** No 0/O, 1/I/L: a code read aloud or copied by hand still works. 32^10 ≈ 10^15 codes. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newInvitationCode(): string {
  const chars = Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Codes are compared case- and separator-insensitively, as a person might type them. */
export function hashInvitationCode(code: string): string {
  return hashSecret(code.toUpperCase().replace(/[^A-Z0-9]/g, ''));
}

export function parseScopes(json: string): SharingScope[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? SHARING_SCOPES.filter((s) => value.includes(s)) : [];
  } catch {
    return [];
  }
}

export function clinicianLabel(c: { displayName: string | null; email: string; profession: string | null }): string {
  const name = c.displayName ?? c.email;
  return c.profession ? `${name} (${c.profession}, self-declared)` : name;
}

export function presentAssignment(row: AssignmentRow & { fromName: string | null; fromEmail: string | null }): Assignment {
  return {
    id: row.id,
    kind: row.kind as Assignment['kind'],
    challengeSlug: row.challengeSlug,
    title: row.title,
    suds: row.suds,
    note: row.note,
    status: row.status as Assignment['status'],
    from: row.fromName ?? row.fromEmail ?? 'A former clinician',
    createdAt: row.createdAt,
    respondedAt: row.respondedAt,
    rungId: row.rungId,
    experimentId: row.experimentId,
  };
}

function invitationStatus(row: InvitationRow, now: string) {
  if (row.acceptedAt) return 'accepted' as const;
  if (row.revokedAt) return 'revoked' as const;
  if (row.expiresAt <= now) return 'expired' as const;
  return 'pending' as const;
}

/** The person's side of sharing: invitations, connections and their scopes, assignments, feedback, audit. */
export class SharingService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly practice: PracticeService,
  ) {}

  async createInvitation(person: Person, scopes: SharingScope[]) {
    const now = this.clock.now();
    const code = newInvitationCode();
    const row: InvitationRow = {
      id: uuidv7(),
      userId: person.userId,
      codeHash: hashInvitationCode(code),
      scopes: JSON.stringify(scopes),
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
      createdAt: now.toISOString(),
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    };
    await new ClinicianRepository(this.db).insertInvitation(row);
    return { ...this.presentInvitation(row), code, link: `/clinician/accept#code=${code}` };
  }

  async listInvitations(person: Person) {
    return (await new ClinicianRepository(this.db).listInvitations(person.userId)).map((r) => this.presentInvitation(r));
  }

  async revokeInvitation(person: Person, id: string): Promise<void> {
    const repo = new ClinicianRepository(this.db);
    authorize(person, 'invitation.revoke', await repo.findInvitation(id), 'That invitation');
    await repo.revokeInvitation(id, this.clock.now().toISOString());
  }

  async listConnections(person: Person) {
    const rows = await new ClinicianRepository(this.db).listLiveForPerson(person.userId);
    return rows.map((r) => ({
      id: r.id,
      clinician: { displayName: r.clinicianName, email: r.clinicianEmail, profession: r.profession ?? '', licenceNumber: r.licenceNumber },
      scopes: parseScopes(r.scopes),
      limits: { maxStep: r.maxStep, maxExpectedSuds: r.maxExpectedSuds, pauseSuggestions: r.pauseSuggestions === 1 },
      createdAt: r.createdAt,
    }));
  }

  /** Changes what a clinician sees; effective for their very next request. */
  async updateScopes(person: Person, id: string, scopes: SharingScope[]) {
    const repo = new ClinicianRepository(this.db);
    const row = await repo.findConnection(id);
    authorize(person, 'connection.update', row?.revokedAt === null ? row : undefined, 'That connection');
    await repo.updateConnection(id, { scopes: JSON.stringify(scopes), updatedAt: this.clock.now().toISOString() });
    const view = (await this.listConnections(person)).find((c) => c.id === id);
    if (!view) throw problems.notFound('That connection');
    return view;
  }

  /** Ends a connection at once: the clinician's next request is refused and their limits stop applying. */
  async revokeConnection(person: Person, id: string): Promise<void> {
    const repo = new ClinicianRepository(this.db);
    const row = await repo.findConnection(id);
    authorize(person, 'connection.revoke', row?.revokedAt === null ? row : undefined, 'That connection');
    await repo.updateConnection(id, { revokedAt: this.clock.now().toISOString(), updatedAt: this.clock.now().toISOString() });
  }

  async listAssignments(person: Person): Promise<Assignment[]> {
    return (await new ClinicianRepository(this.db).listAssignments(person.userId)).map(presentAssignment);
  }

  /**
   * Accepting puts the suggestion on the person's ladder (so it can be planned through the usual steps,
   * rails and heads-up included); declining just records the answer. Either way only once.
   */
  async respondAssignment(person: Person, id: string, accept: boolean): Promise<Assignment> {
    const repo = new ClinicianRepository(this.db);
    const row = await repo.findAssignment(id);
    authorize(person, 'assignment.respond', row, 'That suggestion');
    if (row.status !== 'pending') throw answered();
    const now = this.clock.now().toISOString();
    let rungId: string | null = null;
    if (accept) {
      const rung = await this.practice.addRung(person, {
        title: row.title,
        suds: row.suds,
        ...(row.challengeSlug ? { challengeSlug: row.challengeSlug } : {}),
      });
      rungId = rung.row.id;
    }
    const updated = await repo.respondAssignment(id, { status: accept ? 'accepted' : 'declined', respondedAt: now, rungId });
    if (!updated) throw answered();
    const view = (await repo.listAssignments(person.userId)).find((a) => a.id === id);
    return presentAssignment(view!);
  }

  async listFeedback(person: Person) {
    return (await new ClinicianRepository(this.db).listFeedback(person.userId)).map((f) => ({
      id: f.id,
      experimentId: f.experimentId,
      from: f.fromName ?? f.fromEmail ?? 'A former clinician',
      text: f.text,
      createdAt: f.createdAt,
    }));
  }

  async listAudit(person: Person) {
    return (await new ClinicianRepository(this.db).listAudit(person.userId)).map((a) => ({
      id: a.id,
      clinician: a.actorLabel,
      action: a.action as 'read' | 'write',
      what: a.what,
      createdAt: a.createdAt,
    }));
  }

  private presentInvitation(row: InvitationRow) {
    return {
      id: row.id,
      scopes: parseScopes(row.scopes),
      expiresAt: row.expiresAt,
      createdAt: row.createdAt,
      status: invitationStatus(row, this.clock.now().toISOString()),
    };
  }
}

function answered(): ApiError {
  return new ApiError(409, '/problems/already-answered', 'Already answered', 'You already answered this suggestion.');
}
