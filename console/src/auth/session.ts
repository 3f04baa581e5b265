import type { Agent } from '@parley/shared';
import { localStore } from '../state/local-storage.js';

/** What a successful login leaves behind: the agent token (JWT) and who it speaks for. */
export interface Session {
  token: string;
  agent: Agent;
}

const TOKEN_KEY = 'parley:console:token';
const AGENT_KEY = 'parley:console:agent';

/** The session saved by an earlier login in this browser, if any. */
export function loadSession(): Session | null {
  const token = localStore.read(TOKEN_KEY);
  const agentJson = localStore.read(AGENT_KEY);
  if (!token || !agentJson) return null;
  try {
    const agent = JSON.parse(agentJson) as Agent;
    return typeof agent?.id === 'string' ? { token, agent } : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  localStore.write(TOKEN_KEY, session.token);
  localStore.write(AGENT_KEY, JSON.stringify(session.agent));
}

/** Sign-out, and what an expired or revoked token leads to. */
export function clearSession(): void {
  localStore.remove(TOKEN_KEY);
  localStore.remove(AGENT_KEY);
}
