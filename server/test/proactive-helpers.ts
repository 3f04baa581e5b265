import { nanoid } from 'nanoid';
import type { PageViewAnswer, PingAnswer, TriggerRule, TriggerRuleInput, WidgetEvent } from '@parley/shared';
import type { TestServer } from './test-server.js';

/** A simulated widget tracker: one visitor in one browser tab, talking REST like the real one. */
export class SimulatedTab {
  token: string | undefined;
  visitorId = '';
  readonly session = nanoid(12);
  readonly visitStartedAt = Date.now();
  pages = 0;
  /** Bytes of the server's answers, for cost figures. */
  answerBytes = 0;

  constructor(
    private readonly t: TestServer,
    private readonly options: { origin?: string; userAgent?: string; language?: string } = {},
  ) {}

  /** A new tab for the same visitor (same token, new session). */
  newTab(): SimulatedTab {
    const tab = new SimulatedTab(this.t, this.options);
    tab.token = this.token;
    tab.visitorId = this.visitorId;
    return tab;
  }

  async view(path: string, title = path, referrer = ''): Promise<PageViewAnswer> {
    this.pages++;
    const answer = await this.post<PageViewAnswer>('/api/v1/visitor/pageview', {
      siteKey: 'demo',
      ...(this.token ? { token: this.token } : {}),
      session: this.session,
      visitStartedAt: this.visitStartedAt,
      pages: this.pages,
      url: `${this.t.url}${path}`,
      title,
      referrer,
      language: this.options.language ?? 'zh-CN',
    });
    this.token = answer.token;
    this.visitorId = answer.visitorId;
    return answer;
  }

  ping(events: WidgetEvent[] = [], extra: { hidden?: boolean; leave?: boolean; scroll?: number } = {}): Promise<PingAnswer> {
    return this.post<PingAnswer>('/api/v1/visitor/ping', { siteKey: 'demo', token: this.token, session: this.session, events, ...extra });
  }

  private async post<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.t.url}${path}`, {
      method: 'POST',
      // What the browser's tracker sends: a CORS-simple request.
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        origin: this.options.origin ?? this.t.url,
        'user-agent': this.options.userAgent ?? 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
      },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
    this.answerBytes += Buffer.byteLength(text);
    return JSON.parse(text) as T;
  }
}

/** REST as an admin of the demo workspace. */
export async function adminApi(t: TestServer) {
  const token = await t.agentToken();
  const call = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${t.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const { body } = await call<{ sites: { id: string; key: string }[] }>('GET', '/sites');
  const siteId = body.sites.find((s) => s.key === 'demo')!.id;
  return {
    token,
    siteId,
    call,
    async createRule(input: TriggerRuleInput): Promise<TriggerRule> {
      const res = await call<{ trigger: TriggerRule }>('POST', `/sites/${siteId}/triggers`, input);
      if (res.status !== 201) throw new Error(`create rule: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.trigger;
    },
  };
}
