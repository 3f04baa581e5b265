import { spawn, type ChildProcess } from 'node:child_process';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  VISITOR_NAMESPACE,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type BotCredentials,
  type CreateBot,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@parley/shared';
import { repoRoot } from './server-process.js';

export type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
export type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

/** The demo admin's REST calls against a running server. */
export async function demoAdmin(url: string) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }),
  });
  const { token } = (await login.json()) as { token: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? null : await res.json()) as T;
  };
  return {
    token,
    call,
    /** Creates a bot and puts it first on the demo site. */
    async firstBot(input: Partial<CreateBot> & { name: string; mode: CreateBot['mode'] }): Promise<BotCredentials> {
      const created = await call<BotCredentials>('POST', '/bots', input);
      await call('PUT', '/sites/demo/bot', { botId: created.bot.id });
      return created;
    },
  };
}

const connected = <S extends Socket>(socket: S) =>
  new Promise<S>((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

export function visitorSocket(url: string): Promise<VisitorSocket> {
  return connected<VisitorSocket>(
    io(`${url}${VISITOR_NAMESPACE}`, { transports: ['websocket'], forceNew: true, extraHeaders: { origin: url }, auth: { protocol: PROTOCOL_VERSION, siteKey: 'demo' } }),
  );
}

export function agentSocket(url: string, token: string): Promise<AgentSocket> {
  return connected<AgentSocket>(io(`${url}${AGENT_NAMESPACE}`, { transports: ['websocket'], forceNew: true, auth: { protocol: PROTOCOL_VERSION, token } }));
}

/** An example bot from scripts/bots as its own process; its JSON lines are collected in `events`. */
export class BotProcess {
  readonly events: Array<Record<string, unknown>> = [];
  private output = '';
  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => {
      this.output += chunk.toString();
      const lines = this.output.split('\n');
      this.output = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) this.events.push(JSON.parse(line) as Record<string, unknown>);
    });
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  }

  static async start(script: 'socket-bot' | 'webhook-bot', env: Record<string, string>): Promise<BotProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/bots/${script}.ts`], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const bot = new BotProcess(child);
    await bot.waitFor((e) => e.event === 'ready', 15_000);
    return bot;
  }

  async waitFor(match: (event: Record<string, unknown>) => boolean, ms = 5000): Promise<Record<string, unknown>> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      if (this.exited) throw new Error(`bot exited with ${this.child.exitCode ?? this.child.signalCode}`);
      if (Date.now() > until) throw new Error(`bot event not seen in time; saw ${JSON.stringify(this.events)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Ends the process abruptly (no goodbye), as a crash would. */
  async kill(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGKILL');
    await exited;
  }
}
