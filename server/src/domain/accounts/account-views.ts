import { appearanceOf, type Agent, type Site } from '@parley/shared';
import type { AgentRecord } from '../../store/port.js';
import { settingsOf } from '../routing/site-settings.js';

/** An agent as clients see it: without the password hash and the token version. */
export function publicAgent(record: AgentRecord): Agent {
  const { passwordHash: _hash, tokenVersion: _version, ...agent } = record;
  return agent;
}

/** A site as the REST API answers it: look and routing settings with defaults, the install check. */
export function presentSite(site: Site): Site {
  return { ...site, settings: settingsOf(site), appearance: appearanceOf(site), lastSeen: site.lastSeen ?? null };
}
