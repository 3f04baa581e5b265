import type { ErrorBody, SetupInput } from '@parley/shared';
import type { TestServer } from './test-server.js';

/** A REST answer with its parsed JSON body (`null` for an empty one). */
export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T & { error?: ErrorBody };
}

/** One REST call to the test server, as any client would make it. */
export async function call<T = Record<string, unknown>>(
  t: Pick<TestServer, 'url'>,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const res = await fetch(`${t.url}/api/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as ApiAnswer<T>['body'] };
}

/** The paths of a 400's `error.issues`, sorted. */
export function issuePaths(answer: ApiAnswer<unknown>): string[] {
  return (answer.body.error?.issues ?? []).map((issue) => issue.path).sort();
}

/** A valid set-up / sign-up body; `over` changes parts of it. */
export function setupBody(over: Partial<SetupInput> = {}): SetupInput {
  return {
    name: '王小梅',
    email: 'mei@shop.example',
    password: 'a long enough secret',
    workspaceName: 'Shop Inc.',
    site: { name: 'Shop', origin: 'https://shop.example' },
    ...over,
  };
}
