import { nanoid } from 'nanoid';
import { appearanceOf, type Site, type SiteInput, type SitePatch } from '@parley/shared';
import { notFound } from '../../app-error.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import { assertAdmin, type Actor } from '../conversations/conversation-access.js';
import { presentSite } from './account-views.js';
import { newSiteKey } from './first-run.js';

type AgentActor = Actor & { kind: 'agent' };

/** The install check is written at most this often per site and process: widgets load on every page. */
const seenEveryMs = 60_000;
const longestUrl = 2000;

/** Sites of a workspace: name, allowed origins, language, the widget's look, the install check. */
export class SiteAdmin {
  private readonly lastWrite = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  /** The caller's workspace's sites, oldest first (any agent may read them). */
  async list(actor: AgentActor): Promise<Site[]> {
    return (await this.store.listSites(actor.workspaceId)).map(presentSite);
  }

  /** A new site with a fresh public key (admins). */
  async create(actor: AgentActor, input: SiteInput): Promise<Site> {
    assertAdmin(actor);
    const site = await this.store.createSite({
      id: nanoid(),
      workspaceId: actor.workspaceId,
      key: newSiteKey(),
      name: input.name,
      allowedOrigins: input.allowedOrigins,
      locale: input.locale,
      createdAt: this.now(),
    });
    const stored = await this.store.accounts.updateSite(site.id, { appearance: appearanceOf({ appearance: input.appearance }) });
    return presentSite(stored ?? site);
  }

  /** Renames, changes origins, language or look; `appearance` is merged over the current look. */
  async update(actor: AgentActor, siteId: string, patch: SitePatch): Promise<Site> {
    const site = await this.adminsSite(actor, siteId);
    const { appearance, ...rest } = patch;
    const updated = await this.store.accounts.updateSite(site.id, {
      ...rest,
      ...(appearance ? { appearance: { ...appearanceOf(site), ...appearance } } : {}),
    });
    if (!updated) throw notFound('site');
    return presentSite(updated);
  }

  /** Removes a site: its widget stops loading; its conversations stay in the workspace's history. */
  async remove(actor: AgentActor, siteId: string): Promise<void> {
    const site = await this.adminsSite(actor, siteId);
    if (!(await this.store.accounts.deleteSite(site.id, this.now()))) throw notFound('site');
  }

  /**
   * A widget loaded on `url` from an allowed origin. Cheap on purpose: at most one write a
   * minute per site, never awaited by the caller, and a failure is only logged.
   */
  seen(site: Site, url: string | undefined): void {
    if (!url) return;
    const at = this.now();
    if (at - (this.lastWrite.get(site.id) ?? 0) < seenEveryMs) return;
    this.lastWrite.set(site.id, at);
    this.store.accounts
      .recordSiteSeen(site.id, url.slice(0, longestUrl), at)
      .catch((err: unknown) => this.log.warn({ err, siteId: site.id }, 'could not record where the widget loaded'));
  }

  private async adminsSite(actor: AgentActor, siteId: string): Promise<Site> {
    assertAdmin(actor);
    const site = await this.store.getSite(siteId);
    if (!site || site.workspaceId !== actor.workspaceId) throw notFound('site');
    return site;
  }
}
