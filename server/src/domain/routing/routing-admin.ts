import { nanoid } from 'nanoid';
import {
  ErrorCode,
  siteSettingsSchema,
  describeIssues,
  fieldIssues,
  type AgentPresence,
  type ConversationEvent,
  type Department,
  type DepartmentInput,
  type Site,
  type SiteSettingsPatch,
} from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import type { DepartmentPatch } from '../../store/routing-port.js';
import { assertAdmin, assertCanSee, type Actor } from '../conversations/conversation-access.js';
import { presence, type RoutingService } from './routing-service.js';
import { settingsOf } from './site-settings.js';

type AgentActor = Actor & { kind: 'agent' };

/** What admins change about routing: site settings and departments (people's role and capacity: accounts' team). */
export class RoutingAdmin {
  constructor(
    private readonly store: Store,
    private readonly routing: RoutingService,
    private readonly now: () => number = Date.now,
  ) {}

  /** Sites of the caller's workspace, each with its settings in full (defaults filled in). */
  async sites(actor: AgentActor): Promise<Site[]> {
    return (await this.store.listSites(actor.workspaceId)).map((site) => ({ ...site, settings: settingsOf(site) }));
  }

  /** One site of the caller's workspace with its settings in full (admin: what the settings form loads). */
  async siteSettings(actor: AgentActor, siteId: string): Promise<Site> {
    const site = await this.adminsSite(actor, siteId);
    return { ...site, settings: settingsOf(site) };
  }

  /** Merges `patch` over the site's settings, validates the result whole, stores it. */
  async updateSettings(actor: AgentActor, siteId: string, patch: SiteSettingsPatch): Promise<Site> {
    const site = await this.adminsSite(actor, siteId);
    const parsed = siteSettingsSchema.safeParse({ ...settingsOf(site), ...patch });
    if (!parsed.success) throw new AppError(ErrorCode.badRequest, describeIssues(parsed.error), fieldIssues(parsed.error));
    const departments = await this.store.routing.listDepartments(actor.workspaceId);
    for (const [i, rule] of parsed.data.departmentRules.entries()) {
      if (departments.some((d) => d.id === rule.departmentId)) continue;
      const message = `no department ${rule.departmentId}`;
      throw new AppError(ErrorCode.badRequest, message, [{ path: `departmentRules.${i}.departmentId`, message }]);
    }
    const updated = await this.store.routing.updateSiteSettings(siteId, parsed.data);
    if (!updated) throw notFound('site');
    // A larger default capacity frees slots.
    void this.routing.drain(actor.workspaceId);
    return { ...updated, settings: parsed.data };
  }

  departments(actor: AgentActor): Promise<Department[]> {
    return this.store.routing.listDepartments(actor.workspaceId);
  }

  async createDepartment(actor: AgentActor, input: DepartmentInput): Promise<Department> {
    assertAdmin(actor);
    await this.checkReferences(actor, input);
    const department = await this.store.routing.createDepartment({ id: nanoid(), workspaceId: actor.workspaceId, ...input, createdAt: this.now() });
    void this.routing.drain(actor.workspaceId);
    return department;
  }

  async updateDepartment(actor: AgentActor, id: string, patch: DepartmentPatch): Promise<Department> {
    assertAdmin(actor);
    const current = await this.store.routing.getDepartment(id);
    if (!current || current.workspaceId !== actor.workspaceId) throw notFound('department');
    await this.checkReferences(actor, patch, id);
    const updated = await this.store.routing.updateDepartment(id, patch);
    if (!updated) throw notFound('department');
    void this.routing.drain(actor.workspaceId);
    return updated;
  }

  async agents(actor: AgentActor): Promise<AgentPresence[]> {
    return (await this.store.routing.listAgentStates(actor.workspaceId)).map(presence);
  }

  /** A conversation's recorded history (created, queued, assigned, first response, …), oldest first. */
  async events(actor: AgentActor, conversationId: string): Promise<ConversationEvent[]> {
    assertCanSee(actor, await this.store.getConversation(conversationId));
    return this.store.routing.listEvents(conversationId);
  }

  private async adminsSite(actor: AgentActor, siteId: string): Promise<Site> {
    assertAdmin(actor);
    const site = await this.store.getSite(siteId);
    if (!site || site.workspaceId !== actor.workspaceId) throw notFound('site');
    return site;
  }

  private async checkReferences(actor: AgentActor, input: DepartmentPatch, self?: string): Promise<void> {
    if (input.escalatesToId) {
      const to = await this.store.routing.getDepartment(input.escalatesToId);
      if (!to || to.workspaceId !== actor.workspaceId || to.id === self) throw new AppError(ErrorCode.badRequest, 'escalatesToId: no such department');
    }
    for (const memberId of input.memberIds ?? []) {
      const agent = await this.store.getAgent(memberId);
      if (!agent || agent.workspaceId !== actor.workspaceId) throw new AppError(ErrorCode.badRequest, `memberIds: no agent ${memberId}`);
    }
  }
}
