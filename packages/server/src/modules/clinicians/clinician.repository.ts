import type { Kysely, Selectable, Updateable } from 'kysely';
import type { AssignmentsTable, AuditEventsTable, ConnectionsTable, DB, FeedbackTable, InvitationsTable } from '../../db/schema.js';

export type InvitationRow = Selectable<InvitationsTable>;
export type ConnectionRow = Selectable<ConnectionsTable>;
export type AssignmentRow = Selectable<AssignmentsTable>;
export type FeedbackRow = Selectable<FeedbackTable>;
export type AuditRow = Selectable<AuditEventsTable>;

/** Invitations, connections, assignments, feedback and the audit trail: the only SQL about clinicians. */
export class ClinicianRepository {
  constructor(private readonly db: Kysely<DB>) {}

  // Invitations
  async insertInvitation(row: InvitationRow): Promise<void> {
    await this.db.insertInto('invitations').values(row).execute();
  }
  findInvitation(id: string): Promise<InvitationRow | undefined> {
    return this.db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
  }
  findInvitationByCodeHash(codeHash: string): Promise<InvitationRow | undefined> {
    return this.db.selectFrom('invitations').selectAll().where('codeHash', '=', codeHash).executeTakeFirst();
  }
  listInvitations(userId: string): Promise<InvitationRow[]> {
    return this.db.selectFrom('invitations').selectAll().where('userId', '=', userId).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
  }
  /** Marks an invitation used, only if still open: true for exactly one of two racing clinicians. */
  async claimInvitation(id: string, clinicianId: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ acceptedAt: now, acceptedBy: clinicianId })
      .where('id', '=', id)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }
  async revokeInvitation(id: string, now: string): Promise<void> {
    await this.db.updateTable('invitations').set({ revokedAt: now }).where('id', '=', id).where('acceptedAt', 'is', null).execute();
  }

  // Connections
  async insertConnection(row: ConnectionRow): Promise<void> {
    await this.db.insertInto('connections').values(row).execute();
  }
  findConnection(id: string): Promise<ConnectionRow | undefined> {
    return this.db.selectFrom('connections').selectAll().where('id', '=', id).executeTakeFirst();
  }
  findLiveConnection(userId: string, clinicianId: string): Promise<ConnectionRow | undefined> {
    return this.db
      .selectFrom('connections')
      .selectAll()
      .where('userId', '=', userId)
      .where('clinicianId', '=', clinicianId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
  }
  /** A person's live connections, with each clinician's self-declared details. */
  listLiveForPerson(userId: string) {
    return this.db
      .selectFrom('connections')
      .innerJoin('users', 'users.id', 'connections.clinicianId')
      .selectAll('connections')
      .select(['users.displayName as clinicianName', 'users.email as clinicianEmail', 'users.profession', 'users.licenceNumber'])
      .where('connections.userId', '=', userId)
      .where('connections.revokedAt', 'is', null)
      .orderBy('connections.createdAt')
      .execute();
  }
  /** A clinician's live connections, with each person's name. */
  listLiveForClinician(clinicianId: string) {
    return this.db
      .selectFrom('connections')
      .innerJoin('users', 'users.id', 'connections.userId')
      .selectAll('connections')
      .select(['users.displayName as personName'])
      .where('connections.clinicianId', '=', clinicianId)
      .where('connections.revokedAt', 'is', null)
      .orderBy('connections.createdAt')
      .execute();
  }
  async updateConnection(id: string, changes: Updateable<ConnectionsTable>): Promise<void> {
    await this.db.updateTable('connections').set(changes).where('id', '=', id).execute();
  }

  // Assignments
  async insertAssignment(row: AssignmentRow): Promise<void> {
    await this.db.insertInto('assignments').values(row).execute();
  }
  findAssignment(id: string): Promise<AssignmentRow | undefined> {
    return this.db.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirst();
  }
  /** A person's assignments with who suggested them; optionally only from one connection. */
  listAssignments(userId: string, connectionId?: string) {
    let q = this.db
      .selectFrom('assignments')
      .innerJoin('connections', 'connections.id', 'assignments.connectionId')
      .leftJoin('users', 'users.id', 'connections.clinicianId')
      .selectAll('assignments')
      .select(['users.displayName as fromName', 'users.email as fromEmail'])
      .where('assignments.userId', '=', userId);
    if (connectionId) q = q.where('assignments.connectionId', '=', connectionId);
    return q.orderBy('assignments.createdAt', 'desc').orderBy('assignments.id', 'desc').execute();
  }
  /** Records the person's answer, only if still pending. */
  async respondAssignment(id: string, changes: Updateable<AssignmentsTable>): Promise<boolean> {
    const result = await this.db.updateTable('assignments').set(changes).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  // Feedback
  async insertFeedback(row: FeedbackRow): Promise<void> {
    await this.db.insertInto('feedback').values(row).execute();
  }
  listFeedback(userId: string, connectionId?: string) {
    let q = this.db
      .selectFrom('feedback')
      .innerJoin('connections', 'connections.id', 'feedback.connectionId')
      .leftJoin('users', 'users.id', 'connections.clinicianId')
      .selectAll('feedback')
      .select(['users.displayName as fromName', 'users.email as fromEmail'])
      .where('feedback.userId', '=', userId);
    if (connectionId) q = q.where('feedback.connectionId', '=', connectionId);
    return q.orderBy('feedback.createdAt', 'desc').orderBy('feedback.id', 'desc').execute();
  }

  // Audit: insert and read only — there is no update or delete here, and no route to one.
  async insertAudit(row: AuditRow): Promise<void> {
    await this.db.insertInto('auditEvents').values(row).execute();
  }
  listAudit(userId: string): Promise<AuditRow[]> {
    return this.db.selectFrom('auditEvents').selectAll().where('userId', '=', userId).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
  }
}
