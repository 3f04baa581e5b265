import type { Availability } from '@parley/shared';
import { notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import { isWithinHours } from './business-hours.js';
import { settingsOf } from './site-settings.js';

/** Whether a site's first bot answers new conversations now (bots first): the site is open then. */
export type BotAnswers = (siteId: string) => Promise<boolean>;

/**
 * Routing as the visitor meets it before writing: whether anyone is there (business hours and
 * online agents, or a bot put first). Where a first message goes is intake's (`domain/intake/`).
 */
export class VisitorRouting {
  constructor(
    private readonly store: Store,
    private readonly botAnswers: BotAnswers,
    private readonly now: () => number = Date.now,
  ) {}

  /** Open or not, for the site and each department: within hours and someone online to answer. */
  async availability(actor: Actor & { kind: 'visitor' }, departmentId?: string): Promise<Availability> {
    const site = await this.store.getSite(actor.siteId);
    if (!site) throw notFound('site');
    const settings = settingsOf(site);
    const at = this.now();
    const [departments, agents, botAnswers] = await Promise.all([
      this.store.routing.listDepartments(actor.workspaceId),
      this.store.routing.listAgentStates(actor.workspaceId),
      this.botAnswers(actor.siteId),
    ]);
    const online = agents.filter((a) => a.status === 'online' && a.connected);
    const siteOpen = isWithinHours(settings.hours, at);
    const listed = departments.map((d) => ({
      id: d.id,
      name: d.name,
      available: isWithinHours(d.hours ?? settings.hours, at) && online.some((a) => d.memberIds.includes(a.id)),
    }));
    const chosen = departmentId ? listed.find((d) => d.id === departmentId) : undefined;
    return {
      // A bot put first answers at any hour; it hands over to people when they are needed.
      available: botAnswers || (chosen ? chosen.available : siteOpen && online.length > 0),
      withinHours: chosen ? isWithinHours(departments.find((d) => d.id === chosen.id)?.hours ?? settings.hours, at) : siteOpen,
      departments: listed,
    };
  }
}
