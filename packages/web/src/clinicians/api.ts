import { request } from '../api/client';
import type {
  Assignment,
  AuditEntry,
  ClientSummary,
  ClientView,
  ClinicianLimits,
  Connection,
  CreateAssignmentRequest,
  CreatedInvitation,
  Feedback,
  Invitation,
  SetLimitsRequest,
  SharingScope,
} from './types';

const id = encodeURIComponent;

/**
 * Sharing with a clinician. Online only: who sees what is decided on the server at each request,
 * so none of it is kept on the phone or queued for later.
 */
export const sharingApi = {
  async invitations(): Promise<Invitation[]> {
    return (await request<{ invitations: Invitation[] }>('GET', '/api/invitations')).invitations;
  },
  /** The code comes back once, here; the server keeps only its hash. */
  invite(scopes: SharingScope[]): Promise<CreatedInvitation> {
    return request<CreatedInvitation>('POST', '/api/invitations', { body: { scopes } });
  },
  withdrawInvitation(invitationId: string): Promise<void> {
    return request('DELETE', `/api/invitations/${id(invitationId)}`);
  },
  async connections(): Promise<Connection[]> {
    return (await request<{ connections: Connection[] }>('GET', '/api/connections')).connections;
  },
  updateScopes(connectionId: string, scopes: SharingScope[]): Promise<Connection> {
    return request<Connection>('PATCH', `/api/connections/${id(connectionId)}`, { body: { scopes } });
  },
  stopSharing(connectionId: string): Promise<void> {
    return request('DELETE', `/api/connections/${id(connectionId)}`);
  },
  async assignments(): Promise<Assignment[]> {
    return (await request<{ assignments: Assignment[] }>('GET', '/api/assignments')).assignments;
  },
  respond(assignmentId: string, accept: boolean): Promise<Assignment> {
    return request<Assignment>('POST', `/api/assignments/${id(assignmentId)}/response`, { body: { accept } });
  },
  async feedback(): Promise<Feedback[]> {
    return (await request<{ feedback: Feedback[] }>('GET', '/api/feedback')).feedback;
  },
  async audit(): Promise<AuditEntry[]> {
    return (await request<{ entries: AuditEntry[] }>('GET', '/api/audit')).entries;
  },
};

/** The clinician's side: every call needs a clinician account and, per person, a live connection. */
export const clinicianApi = {
  acceptInvitation(code: string): Promise<{ connectionId: string }> {
    return request<{ connectionId: string }>('POST', '/api/clinician/connections', { body: { code } });
  },
  async people(): Promise<ClientSummary[]> {
    return (await request<{ people: ClientSummary[] }>('GET', '/api/clinician/people')).people;
  },
  person(connectionId: string): Promise<ClientView> {
    return request<ClientView>('GET', `/api/clinician/people/${id(connectionId)}`);
  },
  assign(connectionId: string, body: CreateAssignmentRequest): Promise<Assignment> {
    return request<Assignment>('POST', `/api/clinician/people/${id(connectionId)}/assignments`, { body });
  },
  setLimits(connectionId: string, body: SetLimitsRequest): Promise<ClinicianLimits> {
    return request<ClinicianLimits>('PUT', `/api/clinician/people/${id(connectionId)}/limits`, { body });
  },
  leaveFeedback(connectionId: string, experimentId: string, text: string): Promise<Feedback> {
    return request<Feedback>('POST', `/api/clinician/people/${id(connectionId)}/feedback`, { body: { experimentId, text } });
  },
};
