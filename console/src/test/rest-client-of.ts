import type { RestClient } from '../api/rest-client.js';

/** A test's fake server: resolves with a route's body, throws for a refusal or an unexpected call. */
export type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** Turns a fake server written as bodies and throws into the console's `RestClient` (a thrown error is a refusal). */
export function restClientOf(api: Api): RestClient {
  return async (method, path, body) => {
    try {
      return { ok: true, data: await api(method, path, body) };
    } catch (err) {
      return { ok: false, error: { code: 'internal', message: (err as Error).message } };
    }
  };
}
