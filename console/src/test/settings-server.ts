import { defaultSiteSettings, type AgentPresence, type Department, type ErrorBody, type Site, type SiteSettings } from '@parley/shared';
import { agent } from './fixtures.js';

export interface Request {
  method: string;
  path: string;
  body?: unknown;
}

/**
 * Plays the REST API for the settings components: one site, the workspace's departments and
 * agents; records every request; answers a save with what `respond` returns (default: stores it).
 */
export function settingsServer(settings: Partial<SiteSettings> = {}) {
  const site: Site = { id: 'site-1', workspaceId: 'ws-1', key: 'demo', name: 'Demo', allowedOrigins: ['self'], locale: null, settings: { ...defaultSiteSettings, ...settings }, createdAt: 0 };
  const departments: Department[] = [];
  const agents: AgentPresence[] = [
    { ...agent, status: 'online', connected: true, activeChats: 0, departmentIds: [] },
    { ...agent, id: 'agent-li', name: '李娜', email: 'li@demo.test', role: 'agent', status: 'away', connected: false, activeChats: 0, departmentIds: [] },
  ];
  const requests: Request[] = [];
  let refusal: ErrorBody | null = null;
  const reply = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input).replace('/api/v1', '');
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined;
    requests.push({ method, path, body });
    if (method !== 'GET' && refusal) return reply(400, { error: refusal });
    if (path === '/sites/site-1/settings' && method === 'GET') return reply(200, { site });
    if (path === '/sites/site-1/settings' && method === 'PATCH') {
      site.settings = { ...site.settings!, ...body };
      return reply(200, { site });
    }
    if (path === '/departments' && method === 'GET') return reply(200, { departments });
    if (path === '/departments' && method === 'POST') {
      const created = { ...(body as Omit<Department, 'id' | 'workspaceId' | 'createdAt'>), id: `dep-${departments.length + 1}`, workspaceId: 'ws-1', createdAt: 0 };
      departments.push(created);
      return reply(201, { department: created });
    }
    if (path.startsWith('/departments/') && method === 'PATCH') {
      const d = departments.find((x) => path.endsWith(x.id))!;
      Object.assign(d, body);
      return reply(200, { department: d });
    }
    if (path === '/agents') return reply(200, { agents });
    if (path.startsWith('/agents/') && method === 'PATCH') {
      const a = agents.find((x) => path.endsWith(`/${x.id}`))!;
      Object.assign(a, body);
      return reply(200, { agent: a });
    }
    return reply(404, { error: { code: 'not_found', message: 'no such route' } });
  }) as typeof fetch;

  return {
    site,
    departments,
    fetchImpl,
    /** Requests other than reads. */
    writes: () => requests.filter((r) => r.method !== 'GET'),
    /** The next writes are refused with a 400 carrying these issues, as the server's validation does. */
    refuse(error: ErrorBody | null) {
      refusal = error;
    },
  };
}
