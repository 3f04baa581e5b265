import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { defaultSiteSettings, type BusinessHours, type Site } from '@parley/shared';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { routingAvailability } from './availability.js';

const day: [string, string][] = [['09:00', '18:00']];
const weekdays: BusinessHours['weekly'] = { mon: day, tue: day, wed: day, thu: day, fri: day };

describe("proactive triggers' availability, answered by routing", () => {
  let dir: string;
  let store: SqliteStore;
  let site: Site;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parley-availability-'));
    store = new SqliteStore(path.join(dir, 'test.db'));
    const workspace = await store.createWorkspace({ id: nanoid(), name: '小店', createdAt: 0 });
    site = await store.createSite({ id: nanoid(), workspaceId: workspace.id, key: 'shop', name: '小店', allowedOrigins: ['*'], locale: 'zh-CN', createdAt: 0 });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is within business hours by the site's routing hours in its own time zone, and always without hours", async () => {
    const availability = routingAvailability(store);
    // Wednesday 5 June 2024, 02:30 UTC: 10:30 in Shanghai, 22:30 the evening before in New York.
    const instant = Date.parse('2024-06-05T02:30:00Z');
    expect(await availability.withinBusinessHours(site, instant)).toBe(true);
    const shanghai = await store.routing.updateSiteSettings(site.id, { ...defaultSiteSettings, hours: { timeZone: 'Asia/Shanghai', weekly: weekdays } });
    expect(await availability.withinBusinessHours(shanghai!, instant)).toBe(true);
    expect(await availability.withinBusinessHours(shanghai!, Date.parse('2024-06-08T02:30:00Z'))).toBe(false); // Saturday
    const newYork = await store.routing.updateSiteSettings(site.id, { ...defaultSiteSettings, hours: { timeZone: 'America/New_York', weekly: weekdays } });
    expect(await availability.withinBusinessHours(newYork!, instant)).toBe(false);
  });

  it('has agents available only while one is online with a console connected', async () => {
    const availability = routingAvailability(store);
    const agent = await store.createAgent({
      id: nanoid(),
      workspaceId: site.workspaceId,
      email: 'mei@shop.test',
      name: '小美',
      role: 'agent',
      capacity: 2,
      passwordHash: 'scrypt$x',
      createdAt: 0,
    });
    expect(await availability.agentsAvailable(site.workspaceId)).toBe(false); // online, but no console open
    await store.routing.setAgentConnected(agent.id, true);
    expect(await availability.agentsAvailable(site.workspaceId)).toBe(true);
    await store.routing.setAgentStatus(agent.id, 'away');
    expect(await availability.agentsAvailable(site.workspaceId)).toBe(false);
  });
});
