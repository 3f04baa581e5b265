import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import type { ReportAgents, ReportDepartments, ReportHeatmap, ReportOverview } from '@parley/shared';
import { hashPassword } from '../src/auth/passwords.js';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { call, issuePaths } from './accounts-helpers.js';
import { seedReportFixture, type FixtureConversation } from './reports-fixture.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * The reports over REST on a fixture whose every figure is worked out by hand below. Berlin
 * moves its clocks from 02:00 to 03:00 on Sunday 2026-03-29 (01:00 UTC): the range
 * 2026-03-28..29 there is 47 hours long, and 01:30 UTC that morning is 03:30 local.
 * Shanghai (UTC+8, no daylight saving) cuts the same dates eight hours earlier.
 */
const fixture: FixtureConversation[] = [
  // The previous period in Berlin (2026-03-26..27).
  { id: 'c0', created: '2026-03-26T12:00:00Z', waitS: 20, firstResponseS: 100, resolvedS: 500 },
  { id: 'c1', created: '2026-03-27T22:30:00Z', waitS: 20, firstResponseS: 60, resolvedS: 1800, rating: { score: 4, comment: null } },
  // The range: Saturday 01:30, 11:00 and 13:00; Sunday 01:30 (CET), 03:30 (CEST) and 23:59:59 local.
  { id: 'c2', created: '2026-03-28T00:30:00Z', departmentId: 'sales', agentId: 'AGENT', waitS: 30, firstResponseS: 90, resolvedS: 4000, breaches: 1, rating: { score: 2, comment: null } },
  { id: 'c7', created: '2026-03-28T10:00:00Z', offline: true },
  { id: 'c8', created: '2026-03-28T12:00:00Z', firstResponseS: 5, firstResponseBy: 'bot', resolvedS: 300 },
  { id: 'c3', created: '2026-03-29T00:30:00Z', departmentId: 'sales', agentId: 'AGENT', waitS: 10, firstResponseS: 150, firstResponseBy: 'bot', resolvedS: 600, reopenS: [700, 900], breaches: 1 },
  { id: 'c4', created: '2026-03-29T01:30:00Z', visitorId: 'returning', agentId: 'AGENT', waitS: 40, firstResponseS: 50, resolvedS: 1200, rating: { score: 5, comment: '谢谢，很快' } },
  { id: 'c5', created: '2026-03-29T21:59:59Z', missed: true, resolvedS: 60 },
  // Monday 00:00 in Berlin: outside the range; the same visitor as c4, 20 hours after c4 closed.
  { id: 'c6', created: '2026-03-29T22:00:00Z', visitorId: 'returning' },
];

describe('reports over REST', () => {
  let t: TestServer;
  let admin: string;
  let agentId: string;
  let workspaceId: string;

  beforeAll(async () => {
    // A short grace, so that a closed console counts as offline within the test.
    t = await startTestServer({ AGENT_OFFLINE_GRACE_MS: '200' });
    admin = await t.agentToken();
    const site = (await t.server.store.getSiteByKey(DEMO.siteKey))!;
    const me = (await t.server.store.getAgentByEmail(DEMO.email))!;
    agentId = me.id;
    workspaceId = site.workspaceId;
    await t.server.store.routing.createDepartment({ id: 'sales', workspaceId, name: '销售', escalatesToId: null, hours: null, memberIds: [agentId], createdAt: 1 });
    await seedReportFixture(
      t.server.store,
      workspaceId,
      site.id,
      fixture.map((c) => (c.agentId ? { ...c, agentId } : c)),
    );
    // Online Saturday 00:00–02:00 UTC (7,200 s); the earlier change sets the status it starts in.
    await t.server.store.reports.recordAgentStatus({ agentId, workspaceId, status: 'offline', at: Date.parse('2026-03-20T00:00:00Z') });
    await t.server.store.reports.recordAgentStatus({ agentId, workspaceId, status: 'online', at: Date.parse('2026-03-28T00:00:00Z') });
    await t.server.store.reports.recordAgentStatus({ agentId, workspaceId, status: 'away', at: Date.parse('2026-03-28T02:00:00Z') });
  });
  afterAll(async () => {
    await t.close();
  });

  const berlin = 'from=2026-03-28&to=2026-03-29&timeZone=Europe%2FBerlin';
  const get = <T>(path: string, token = admin) => call<T>(t, 'GET', path, { token });

  it('answers the overview of a range in Berlin across the clock change, and the period before it', async () => {
    const { status, body } = await get<ReportOverview>(`/reports/overview?${berlin}`);
    expect(status).toBe(200);
    // Midnight CET (UTC+1) on the 28th to midnight CEST (UTC+2) on the 30th: 47 hours.
    expect(body.range).toEqual({ from: '2026-03-27T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z', timeZone: 'Europe/Berlin' });
    // In range: c2, c7, c8, c3, c4, c5. Answered: c2, c8, c3, c4. Missed: c5. Offline: c7.
    expect(body.conversations).toEqual({ started: 6, answered: 4, missed: 1, offline: 1 });
    // Waits c3 10, c2 30, c4 40: median 30; p90 is rank ⌈0.9·3⌉ = 3: 40.
    expect(body.waitSeconds).toEqual({ median: 30, p90: 40 });
    // First responses 5, 50, 90, 150: median (50 + 90) / 2 = 70; p90 rank ⌈3.6⌉ = 4: 150.
    expect(body.firstResponseSeconds).toEqual({ median: 70, p90: 150 });
    // To the latest close: c8 300, c3 900 (reopened, closed again), c4 1200, c2 4000: median 1050.
    expect(body.resolutionSeconds).toEqual({ median: 1050, p90: 4000 });
    // Resolved c2, c8, c3, c4; c3 was reopened and c4's visitor came back (c6): 2 of 4.
    expect(body.firstContactResolution).toBe(2 / 4);
    // First response within 120 s among c2, c3, c4, c5 (missed), c8: c2, c4, c8 = 3 of 5.
    // Resolution within 3600 s among c2, c3, c4, c8: all but c2 = 3 of 4. Breaches: c2, c3.
    expect(body.sla).toEqual({ firstResponseMet: 3 / 5, resolutionMet: 3 / 4, breaches: 2 });
    expect(body.rating.average).toBe((2 + 5) / 2);
    expect(body.rating.satisfiedShare).toBe(1 / 2);
    expect(body.rating.responses).toBe(2);
    expect(body.rating.latestComments.map((c) => [c.conversationId, c.score, c.comment])).toEqual([['c4', 5, '谢谢，很快']]);
    // c8 answered by a bot alone; c3 first answered by a bot, then a person took it.
    expect(body.bots).toEqual({ resolved: 1, handedOff: 1 });
    expect(body.distributions.waitSeconds.filter((b) => b.count > 0)).toEqual([
      { upToSeconds: 30, count: 2 },
      { upToSeconds: 60, count: 1 },
    ]);
    expect(body.distributions.firstResponseSeconds.filter((b) => b.count > 0)).toEqual([
      { upToSeconds: 30, count: 1 },
      { upToSeconds: 60, count: 1 },
      { upToSeconds: 120, count: 1 },
      { upToSeconds: 300, count: 1 },
    ]);
    expect(body.days).toEqual([
      { date: '2026-03-28', started: 3, answered: 2, missed: 0 },
      { date: '2026-03-29', started: 3, answered: 2, missed: 1 },
    ]);
    // The previous two days in Berlin: c0 and c1 (22:30 UTC on the 27th is 23:30 local).
    expect(body.previous.range).toEqual({ from: '2026-03-25T23:00:00.000Z', to: '2026-03-27T23:00:00.000Z', timeZone: 'Europe/Berlin' });
    expect(body.previous.conversations).toEqual({ started: 2, answered: 2, missed: 0, offline: 0 });
    expect(body.previous.firstResponseSeconds).toEqual({ median: (60 + 100) / 2, p90: 100 });
    expect(body.previous.rating).toMatchObject({ average: 4, satisfiedShare: 1, responses: 1 });
  });

  it('cuts the same dates in Shanghai eight hours earlier', async () => {
    const { body } = await get<ReportOverview>('/reports/overview?from=2026-03-28&to=2026-03-29&timeZone=Asia%2FShanghai');
    expect(body.range).toEqual({ from: '2026-03-27T16:00:00.000Z', to: '2026-03-29T16:00:00.000Z', timeZone: 'Asia/Shanghai' });
    // c1 (06:30 on the 28th there) is in; c5 (05:59:59 on the 30th) is out.
    expect(body.conversations).toEqual({ started: 6, answered: 5, missed: 0, offline: 1 });
    expect(body.days.map((d) => [d.date, d.started])).toEqual([
      ['2026-03-28', 4],
      ['2026-03-29', 2],
    ]);
  });

  it('fills the weekday × hour heatmap in local time on both sides of the clock change', async () => {
    const cellsOf = (body: ReportHeatmap) => body.cells.filter((c) => c.conversations > 0).map((c) => [c.weekday, c.hour, c.conversations, c.waitSeconds.median]);
    const inBerlin = await get<ReportHeatmap>(`/reports/heatmap?${berlin}`);
    expect(inBerlin.status).toBe(200);
    expect(inBerlin.body.cells).toHaveLength(168);
    expect(inBerlin.body.cells[0]).toMatchObject({ weekday: 1, hour: 0 });
    // Saturday (6) 01:30, 11:00, 13:00; Sunday (7) 01:30 CET, 03:30 CEST (no 02:00 that night), 23:59:59.
    expect(cellsOf(inBerlin.body)).toEqual([
      [6, 1, 1, 30],
      [6, 11, 1, null],
      [6, 13, 1, null],
      [7, 1, 1, 10],
      [7, 3, 1, 40],
      [7, 23, 1, null],
    ]);
    const inShanghai = await get<ReportHeatmap>('/reports/heatmap?from=2026-03-28&to=2026-03-29&timeZone=Asia%2FShanghai');
    expect(cellsOf(inShanghai.body)).toEqual([
      [6, 6, 1, 20],
      [6, 8, 1, 30],
      [6, 18, 1, null],
      [6, 20, 1, null],
      [7, 8, 1, 10],
      [7, 9, 1, 40],
    ]);
  });

  it('gives each agent their conversations, times, rating, time online and utilisation', async () => {
    const { status, body } = await get<ReportAgents>(`/reports/agents?${berlin}`);
    expect(status).toBe(200);
    const row = body.agents.find((a) => a.agentId === agentId)!;
    // c2, c3, c4. First responses 90, 150, 50: median 90. Resolution 4000, 900, 1200: median 1200.
    expect(row).toMatchObject({ conversations: 3, firstResponseSeconds: { median: 90 }, resolutionSeconds: { median: 1200 }, rating: { average: 3.5, responses: 2 } });
    expect(row.onlineSeconds).toBe(7200);
    // Only c2 overlaps the online time: assigned 00:30:30, closed 00:30:00 + 4000 s = 01:36:40: 3,970 s of 5 × 7,200.
    expect(row.utilisation).toBeCloseTo(3970 / (5 * 7200), 10);
  });

  it('gives a row per department and one for conversations in none', async () => {
    const { body } = await get<ReportDepartments>(`/reports/departments?${berlin}`);
    expect(body.departments).toEqual([
      {
        departmentId: 'sales',
        name: '销售',
        conversations: 2,
        answered: 2,
        missed: 0,
        waitSeconds: { median: 20, p90: 30 },
        firstResponseSeconds: { median: 120, p90: 150 },
        resolutionSeconds: { median: 2450, p90: 4000 },
        rating: { average: 2, responses: 1 },
      },
      {
        departmentId: null,
        name: null,
        conversations: 4,
        answered: 2,
        missed: 1,
        waitSeconds: { median: 40, p90: 40 },
        firstResponseSeconds: { median: 27.5, p90: 50 },
        resolutionSeconds: { median: 750, p90: 1200 },
        rating: { average: 5, responses: 1 },
      },
    ]);
  });

  it('narrows every report by department, agent and site', async () => {
    const sales = await get<ReportOverview>(`/reports/overview?${berlin}&department=sales`);
    expect(sales.body.conversations.started).toBe(2);
    const mine = await get<ReportOverview>(`/reports/overview?${berlin}&agent=${agentId}`);
    expect(mine.body.conversations.started).toBe(3);
    const agents = await get<ReportAgents>(`/reports/agents?${berlin}&agent=${agentId}`);
    expect(agents.body.agents.map((a) => a.agentId)).toEqual([agentId]);
    const elsewhere = await get<ReportOverview>(`/reports/overview?${berlin}&site=no-such-site`);
    expect(elsewhere.body.conversations.started).toBe(0);
    expect(elsewhere.body.waitSeconds).toEqual({ median: null, p90: null });
  });

  it('refuses bad ranges, zones and parameters with 400 naming the field', async () => {
    const bad = async (query: string, field: string) => {
      const answer = await get(`/reports/overview?${query}`);
      expect(answer.status, query).toBe(400);
      expect(issuePaths(answer), query).toContain(field);
    };
    await bad('from=2026-02-30&to=2026-03-01', 'from');
    await bad('from=2026-03-02&to=2026-03-01', 'from');
    await bad('from=2026-03-01', 'to');
    await bad('from=2024-01-01&to=2026-01-01', 'to');
    await bad('from=2026-03-01&to=2026-03-02&timeZone=Mars%2FOlympus', 'timeZone');
    await bad('from=2026-03-01T00:00&to=2026-03-02', 'from');
    // A tag nobody carries narrows to nothing: a filter, not an error.
    const untagged = await get('/reports/overview?from=2026-03-01&to=2026-03-02&tag=vip');
    expect(untagged.status).toBe(200);
    expect((untagged.body as { conversations: { started: number } }).conversations.started).toBe(0);
    const unknown = await get('/reports/heatmap?from=2026-03-01&to=2026-03-02&colour=red');
    expect(unknown.status).toBe(400);
  });

  it('is for supervisors and admins of the workspace only', async () => {
    const hash = await hashPassword('reports-password');
    const person = async (role: 'agent' | 'supervisor', ws = workspaceId) => {
      const email = `${role}-${nanoid(5)}@reports.test`.toLowerCase();
      await t.server.store.createAgent({ id: nanoid(), workspaceId: ws, email, name: role, role, capacity: 2, passwordHash: hash, createdAt: Date.now() });
      return t.agentToken(email, 'reports-password');
    };
    for (const path of ['overview', 'heatmap', 'agents', 'departments']) {
      expect((await get(`/reports/${path}?${berlin}`, await person('agent'))).status).toBe(403);
      expect((await call(t, 'GET', `/reports/${path}?${berlin}`)).status).toBe(401);
    }
    const supervisor = await get<ReportOverview>(`/reports/overview?${berlin}`, await person('supervisor'));
    expect(supervisor.body.conversations.started).toBe(6);

    // Another workspace's supervisor sees none of this one's conversations, even naming its site.
    const other = await t.server.store.createWorkspace({ id: nanoid(), name: 'Other', createdAt: 1 });
    const demoSite = (await t.server.store.getSiteByKey(DEMO.siteKey))!;
    const outsider = await person('supervisor', other.id);
    const theirs = await get<ReportOverview>(`/reports/overview?${berlin}&site=${demoSite.id}`, outsider);
    expect(theirs.status).toBe(200);
    expect(theirs.body.conversations.started).toBe(0);
    const theirAgents = await get<ReportAgents>(`/reports/agents?${berlin}`, outsider);
    expect(theirAgents.body.agents.map((a) => a.agentId)).not.toContain(agentId);
  });

  it('records an agent going online and offline as status changes', async () => {
    const email = `status-${nanoid(5)}@reports.test`.toLowerCase();
    const record = await t.server.store.createAgent({ id: nanoid(), workspaceId, email, name: 'Status', role: 'agent', capacity: 2, passwordHash: await hashPassword('reports-password'), createdAt: Date.now() });
    const before = Date.now();
    const socket = await t.agent(await t.agentToken(email, 'reports-password'));
    const statuses = async () => (await t.server.store.reports.agentStatusChanges(workspaceId, before, Date.now() + 1)).filter((c) => c.agentId === record.id).map((c) => c.status);
    await expect.poll(statuses).toContain('online');
    socket.disconnect();
    await expect.poll(statuses, { timeout: 10_000 }).toEqual(['online', 'offline']);
  });
});
