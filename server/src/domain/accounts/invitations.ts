import { nanoid } from 'nanoid';
import {
  ErrorCode,
  matchLocale,
  type AcceptInvitationInput,
  type Invitation,
  type InvitationInput,
  type SignedIn,
} from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import { hashPassword } from '../../auth/passwords.js';
import type { InvitationRecord } from '../../store/accounts-port.js';
import type { Store } from '../../store/port.js';
import { assertAdmin, type Actor } from '../conversations/conversation-access.js';
import type { Mailer } from '../mail/mailer.js';
import type { AccountLinks } from './account-links.js';
import { publicAgent } from './account-views.js';
import { emailTaken } from './first-run.js';
import { hashSecret, newSecret } from './secret-token.js';
import type { SessionIssuer } from './session-issuer.js';

type AgentActor = Actor & { kind: 'agent' };

/** How long an invitation link works. */
export const invitationTtlMs = 7 * 24 * 3600 * 1000;

export interface InvitationDeps {
  store: Store;
  mailer: Mailer;
  links: AccountLinks;
  sessions: SessionIssuer;
  now: () => number;
}

/** Inviting people: a one-time link (stored hashed) mailed, or shown to copy when no SMTP is configured. */
export class Invitations {
  constructor(private readonly deps: InvitationDeps) {}

  /** Invites `email` to the caller's workspace with a role, departments and capacity (admins). */
  async invite(actor: AgentActor, input: InvitationInput): Promise<Invitation> {
    assertAdmin(actor);
    const { store, now } = this.deps;
    if (await store.getAgentByEmail(input.email)) throw emailTaken();
    const departments = await store.routing.listDepartments(actor.workspaceId);
    const issues = input.departmentIds
      .map((id, i) => ({ id, path: `departmentIds.${i}` }))
      .filter(({ id }) => !departments.some((d) => d.id === id))
      .map(({ id, path }) => ({ path, message: `no department ${id}` }));
    if (issues.length) throw new AppError(ErrorCode.badRequest, issues.map((i) => i.message).join('; '), issues);
    // An expired invitation for the same person makes way for the new one.
    const stale = (await store.accounts.listInvitations(actor.workspaceId)).find((i) => i.email === input.email && i.expiresAt <= now());
    if (stale) await store.accounts.deleteInvitation(stale.id);
    const token = newSecret();
    const at = now();
    const record = await store.accounts.createInvitation({
      id: nanoid(),
      workspaceId: actor.workspaceId,
      ...input,
      invitedById: actor.agentId,
      tokenHash: hashSecret(token),
      createdAt: at,
      expiresAt: at + invitationTtlMs,
      acceptedAt: null,
    });
    return this.send(actor, record, token);
  }

  /** Open invitations of the caller's workspace, newest first, expired ones marked (admins). */
  async list(actor: AgentActor): Promise<Invitation[]> {
    assertAdmin(actor);
    return (await this.deps.store.accounts.listInvitations(actor.workspaceId)).map((r) => this.present(r));
  }

  /** Revokes an open invitation: its link stops working (admins). */
  async revoke(actor: AgentActor, id: string): Promise<void> {
    const record = await this.open(actor, id);
    if (!(await this.deps.store.accounts.deleteInvitation(record.id))) throw notFound('invitation');
  }

  /** A fresh link, valid seven days from now; the previous one stops working (admins). */
  async resend(actor: AgentActor, id: string): Promise<Invitation> {
    const record = await this.open(actor, id);
    const token = newSecret();
    const renewed = await this.deps.store.accounts.renewInvitation(record.id, hashSecret(token), this.deps.now() + invitationTtlMs);
    if (!renewed) throw notFound('invitation');
    return this.send(actor, renewed, token);
  }

  /**
   * The invitee sets their name and password and is signed in. A used or expired link answers
   * `gone` (410); of two racing accepts exactly one creates the account.
   */
  async accept(token: string, input: AcceptInvitationInput): Promise<SignedIn> {
    const { store, now, sessions } = this.deps;
    const record = await store.accounts.getInvitationByTokenHash(hashSecret(token));
    if (!record) throw notFound('invitation');
    if (record.acceptedAt !== null) throw new AppError(ErrorCode.gone, 'this invitation was already used: sign in instead');
    if (record.expiresAt <= now()) throw new AppError(ErrorCode.gone, 'this invitation has expired: ask for a new one');
    if (await store.getAgentByEmail(record.email)) throw emailTaken();
    const passwordHash = await hashPassword(input.password);
    if (!(await store.accounts.acceptInvitation(record.id, now()))) {
      throw new AppError(ErrorCode.gone, 'this invitation was already used: sign in instead');
    }
    const agent = await store.createAgent({
      id: nanoid(),
      workspaceId: record.workspaceId,
      email: record.email,
      name: input.name,
      role: record.role,
      capacity: record.capacity,
      passwordHash,
      createdAt: now(),
    });
    for (const departmentId of record.departmentIds) {
      const department = await store.routing.getDepartment(departmentId);
      if (department?.workspaceId !== record.workspaceId) continue;
      await store.routing.updateDepartment(department.id, { memberIds: [...department.memberIds, agent.id] });
    }
    const stored = (await store.getAgent(agent.id)) ?? agent;
    return { token: sessions.issue(stored), agent: publicAgent(stored) };
  }

  private async open(actor: AgentActor, id: string): Promise<InvitationRecord> {
    assertAdmin(actor);
    const record = await this.deps.store.accounts.getInvitation(id);
    if (!record || record.workspaceId !== actor.workspaceId || record.acceptedAt !== null) throw notFound('invitation');
    return record;
  }

  /** Mails the link, or hands it back for the admin to copy when no SMTP is configured. */
  private async send(actor: AgentActor, record: InvitationRecord, token: string): Promise<Invitation> {
    const { store, mailer, links } = this.deps;
    const url = links.invitation(token);
    if (mailer.configured) {
      const workspace = await store.getWorkspace(record.workspaceId);
      await mailer.enqueue({
        kind: 'invitation',
        to: record.email,
        locale: matchLocale((await store.getAgent(actor.agentId))?.language) ?? 'en',
        workspaceId: record.workspaceId,
        data: { url, workspaceName: workspace?.name ?? '', inviterName: actor.name, role: record.role },
        idempotencyKey: `invitation:${record.id}:${record.tokenHash}`,
      });
    }
    return { ...this.present(record), ...(mailer.configured ? {} : { url }) };
  }

  private present(record: InvitationRecord): Invitation {
    const { tokenHash: _hash, acceptedAt: _accepted, ...rest } = record;
    return { ...rest, status: record.expiresAt <= this.deps.now() ? 'expired' : 'pending' };
  }
}
