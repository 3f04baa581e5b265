import type { Agent, ErrorBody } from '@parley/shared';
import type { Session } from './session.js';

export type LoginResult =
  | { ok: true; session: Session }
  /** `rejected`: wrong email or password; `removed`: right password, access removed by an admin (403); `invalid`: the server refused the input and says why; `unreachable`: no usable answer. */
  | { ok: false; reason: 'rejected' | 'removed' | 'unreachable' }
  | { ok: false; reason: 'invalid'; message: string };

/** Exchanges an email and password for an agent token at the same origin's REST API. */
export async function requestLogin(email: string, password: string, fetchImpl: typeof fetch = fetch): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetchImpl('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  const body = (await response.json().catch(() => null)) as { token?: string; agent?: Agent; error?: ErrorBody } | null;
  if (response.ok && body?.token && body.agent) return { ok: true, session: { token: body.token, agent: body.agent } };
  if (response.status === 401) return { ok: false, reason: 'rejected' };
  if (response.status === 403) return { ok: false, reason: 'removed' };
  if (response.status === 400 && body?.error?.message) return { ok: false, reason: 'invalid', message: body.error.message };
  // A proxy's error page, a 5xx or a body we cannot read: to the agent, the server is not there.
  return { ok: false, reason: 'unreachable' };
}
