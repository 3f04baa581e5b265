import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ErrorBody } from '@parley/shared';

/**
 * What every REST call of the console resolves with; it never throws. A typed result rather than
 * a thrown error because forms need the refusal as data: `error.code` picks the message,
 * `error.issues` puts each problem beside the field its path names (see `settings/save-state.tsx`).
 */
export type RestResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** A REST call bound to the signed-in agent's token: `rest<T>('GET', '/sites')`. */
export type RestClient = <T>(method: string, path: string, body?: unknown) => Promise<RestResult<T>>;

/**
 * Calls the same origin's REST API (`/api/v1`) as the signed-in agent; never throws (a network
 * failure is `unavailable`, an answer without an error body is `internal` with its HTTP status).
 */
export async function restCall<T>(token: string, method: string, path: string, body?: unknown, fetchImpl: typeof fetch = fetch): Promise<RestResult<T>> {
  try {
    const res = await fetchImpl(`/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
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

/** Binds `restCall` to a token (the workspace provides one per session through `RestClientContext`). */
export function createRestClient(token: string, fetchImpl: typeof fetch = fetch): RestClient {
  return (method, path, body) => restCall(token, method, path, body, fetchImpl);
}

/**
 * The REST client of someone not signed in yet (set-up, sign-up, a reset or invitation link):
 * the same result, no token.
 */
export const publicRest: RestClient = (method, path, body) => restCall('', method, path, body);

export const RestClientContext = createContext<RestClient | null>(null);

/** Without a provider (component tests of other views) every call is refused, and views show nothing loaded. */
const noClient: RestClient = async () => ({ ok: false, error: { code: 'unavailable', message: 'no REST client in this context' } });

/** The session's REST client, for pages that do not take a token as a prop. */
export function useRestClient(): RestClient {
  return useContext(RestClientContext) ?? noClient;
}
