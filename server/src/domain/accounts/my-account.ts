import { ErrorCode, matchLocale, type Agent, type ProfilePatch, type SignedIn } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { Logger } from '../../logger.js';
import type { AgentRecord, Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import type { DomainEvents } from '../events.js';
import type { Mailer } from '../mail/mailer.js';
import type { AccountLinks } from './account-links.js';
import { publicAgent } from './account-views.js';
import { hashSecret, newSecret } from './secret-token.js';
import type { SessionIssuer } from './session-issuer.js';

type AgentActor = Actor & { kind: 'agent' };

/** How long a forgotten-password link works. */
export const passwordResetTtlMs = 3600 * 1000;

export interface MyAccountDeps {
  store: Store;
  events: DomainEvents;
  mailer: Mailer;
  links: AccountLinks;
  sessions: SessionIssuer;
  log: Logger;
  now: () => number;
}

/** What a person manages about themselves: profile, password, sessions, a forgotten password. */
export class MyAccount {
  constructor(private readonly deps: MyAccountDeps) {}

  async profile(actor: AgentActor): Promise<Agent> {
    return publicAgent(await this.person(actor));
  }

  /** Name, avatar (an https URL or a small data URL, checked by the schema) and console language. */
  async update(actor: AgentActor, patch: ProfilePatch): Promise<Agent> {
    await this.person(actor);
    const updated = await this.deps.store.accounts.updateAgentAccount(actor.agentId, patch);
    if (!updated) throw notFound('agent');
    return publicAgent(updated);
  }

  /**
   * Changes the password after checking the current one. Every other session ends (the token
   * version moves on, live sockets are closed); the caller gets a fresh token to go on with.
   */
  async changePassword(actor: AgentActor, currentPassword: string, newPassword: string): Promise<SignedIn> {
    const record = await this.person(actor);
    if (!(await verifyPassword(currentPassword, record.passwordHash))) {
      // Not 401: the caller's session is fine, only this field is wrong.
      throw new AppError(ErrorCode.badRequest, 'currentPassword: is not your current password', [
        { path: 'currentPassword', message: 'is not your current password' },
      ]);
    }
    return this.replacePassword(record, newPassword);
  }

  /** Ends every session of the caller, this one included. */
  async signOutEverywhere(actor: AgentActor): Promise<void> {
    const record = await this.person(actor);
    await this.deps.store.accounts.bumpTokenVersion(record.id);
    this.deps.events.emit('agent:sessions-revoked', { agentId: record.id, workspaceId: record.workspaceId, reason: 'sign-out' });
  }

  /**
   * Mails a one-time link valid an hour. Resolves the same way whether or not the email has an
   * account, so the answer tells nobody which emails exist.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const { store, mailer, links, log, now } = this.deps;
    const record = await store.getAgentByEmail(email);
    if (!record || record.active === false) return;
    if (!mailer.configured) {
      log.warn({ agentId: record.id }, 'a password reset was asked for, but mail is not configured (SMTP_URL): no link can be sent');
      return;
    }
    const token = newSecret();
    const at = now();
    await store.accounts.createPasswordReset({ tokenHash: hashSecret(token), agentId: record.id, createdAt: at, expiresAt: at + passwordResetTtlMs, usedAt: null });
    await mailer.enqueue({
      kind: 'password-reset',
      to: record.email,
      locale: matchLocale(record.language) ?? 'en',
      workspaceId: record.workspaceId,
      data: { url: links.passwordReset(token), name: record.name },
      idempotencyKey: `password-reset:${hashSecret(token)}`,
    });
  }

  /** Sets a new password from a reset link (used or expired: `gone`) and signs the person in. */
  async resetPassword(token: string, password: string): Promise<SignedIn> {
    const { store, now } = this.deps;
    const tokenHash = hashSecret(token);
    const reset = await store.accounts.getPasswordReset(tokenHash);
    if (!reset) throw notFound('password reset link');
    if (reset.usedAt !== null) throw new AppError(ErrorCode.gone, 'this link was already used: ask for a new one');
    if (reset.expiresAt <= now()) throw new AppError(ErrorCode.gone, 'this link has expired: ask for a new one');
    const record = await store.getAgent(reset.agentId);
    if (!record) throw notFound('password reset link');
    if (record.active === false) throw accessRemoved();
    if (!(await store.accounts.usePasswordReset(tokenHash, now()))) throw new AppError(ErrorCode.gone, 'this link was already used: ask for a new one');
    return this.replacePassword(record, password);
  }

  private async replacePassword(record: AgentRecord, password: string): Promise<SignedIn> {
    const { store, events, sessions } = this.deps;
    const tokenVersion = await store.accounts.setPassword(record.id, await hashPassword(password));
    if (tokenVersion === null) throw notFound('agent');
    events.emit('agent:sessions-revoked', { agentId: record.id, workspaceId: record.workspaceId, reason: 'password' });
    const updated = { ...record, tokenVersion };
    return { token: sessions.issue(updated), agent: publicAgent(updated) };
  }

  /** The person behind the caller; API keys act for a workspace, not a person. */
  private async person(actor: AgentActor): Promise<AgentRecord> {
    const record = await this.deps.store.getAgent(actor.agentId);
    if (!record || record.workspaceId !== actor.workspaceId) {
      throw new AppError(ErrorCode.forbidden, 'an API key acts for its workspace, not a person: sign in to manage an account');
    }
    return record;
  }
}

export const accessRemoved = () => new AppError(ErrorCode.forbidden, 'your access to this workspace was removed: ask an admin');
