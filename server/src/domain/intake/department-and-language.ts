import { pickLocale, type Conversation, type Department, type Site } from '@parley/shared';
import { settingsOf } from '../routing/site-settings.js';
import type { IntakeDeps, VisitorActor } from './intake-deps.js';
import type { RouteHints } from './route-hints.js';
import { siteOf } from './site-of.js';

type RouteFields = Pick<Conversation, 'departmentId' | 'locale'>;

/**
 * The department a new conversation starts in (a rule's preset, else the visitor's choice, else
 * the first page rule that matches; each only while the workspace still has it) and the
 * language of its system lines (the site's when it sets one, else the visitor's when Parley
 * speaks it, else English).
 */
export function routeFields(site: Site, departments: Pick<Department, 'id'>[], hints: RouteHints): RouteFields {
  const settings = settingsOf(site);
  const known = (id: string | undefined) => (id && departments.some((d) => d.id === id) ? id : null);
  const byRule = hints.pageUrl ? settings.departmentRules.find((r) => hints.pageUrl!.includes(r.urlContains)) : undefined;
  return {
    departmentId: known(hints.presetDepartmentId) ?? known(hints.departmentId) ?? known(byRule?.departmentId) ?? null,
    locale: pickLocale(site.locale, hints.locale ? [hints.locale] : []),
  };
}

/** Step 4: the department and language rules, read from the site's settings and departments. */
export async function departmentAndLanguage(deps: Pick<IntakeDeps, 'store'>, actor: VisitorActor, hints: RouteHints): Promise<RouteFields> {
  const site = await siteOf(deps.store, actor.siteId);
  return routeFields(site, await deps.store.routing.listDepartments(actor.workspaceId), hints);
}
