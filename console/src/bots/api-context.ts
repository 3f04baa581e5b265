import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Calls the REST API with the signed-in agent's token; resolves with the JSON body or throws its error message. */
export type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** Builds an `Api` for a token (the workspace provides one per session). */
export function createApi(token: string, fetchImpl: typeof fetch = fetch): Api {
  return async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetchImpl(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) {
      const error = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new Error(error?.error?.message ?? `HTTP ${res.status}`);
    }
    return (res.status === 204 ? null : await res.json()) as T;
  };
}

export const ApiContext = createContext<Api | null>(null);

/** Without a provider (component tests of other views) every call fails, and views show no bots. */
const noApi: Api = () => Promise.reject(new Error('no API in this context'));

export function useApi(): Api {
  return useContext(ApiContext) ?? noApi;
}
