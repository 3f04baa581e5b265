import type { ErrorBody } from '@parley/shared';

export type RestResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Calls the same origin's REST API as the signed-in agent; never throws (a network failure is `unavailable`). */
export async function restCall<T>(token: string, method: string, path: string, body?: unknown, fetchImpl: typeof fetch = fetch): Promise<RestResult<T>> {
  try {
    const res = await fetchImpl(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as T & { error?: ErrorBody }) : (null as T);
    if (res.ok) return { ok: true, data: parsed };
    return { ok: false, error: (parsed as { error?: ErrorBody })?.error ?? { code: 'internal', message: `HTTP ${res.status}` } };
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'the server cannot be reached' } };
  }
}
