import { z } from 'zod';

/**
 * One allowed origin as an admin types it: an exact origin (`https://shop.example`,
 * `http://localhost:8080`) or a subdomain wildcard (`https://*.shop.example`). Stored
 * normalised (lower case, no trailing slash) so that the server's origin check compares
 * like with like. Paths, queries, user info and bare `*` are refused with a readable reason.
 */
export function normalizeAllowedOrigin(input: string): { origin: string } | { error: string } {
  const value = input.trim().toLowerCase().replace(/\/+$/, '');
  const wildcard = /^(https?):\/\/\*\.(.+)$/.exec(value);
  const candidate = wildcard ? `${wildcard[1]}://${wildcard[2]}` : value;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { error: `"${input}" is not an origin like https://shop.example` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `"${input}": only http and https origins` };
  if (/[/?#@]/.test(candidate.replace(/^https?:\/\//, ''))) {
    return { error: `"${input}": an origin has no path, query or user (like https://shop.example)` };
  }
  // Host names as the browser sends them (international names arrive as xn--…): no `*` inside.
  if (!/^[a-z0-9.-]+$/.test(url.hostname) && !url.hostname.startsWith('[')) return { error: `"${input}" is not an origin like https://shop.example` };
  if (wildcard && !url.hostname.includes('.')) return { error: `"${input}": a wildcard needs a domain with a dot (https://*.shop.example)` };
  return { origin: wildcard ? `${wildcard[1]}://*.${url.host}` : url.origin };
}

export const allowedOriginSchema = z
  .string()
  .max(300)
  .transform((value, ctx) => {
    const result = normalizeAllowedOrigin(value);
    if ('error' in result) {
      ctx.addIssue({ code: 'custom', message: result.error });
      return z.NEVER;
    }
    return result.origin;
  });

/** A site's allowed origins: at most 50, duplicates dropped after normalising. */
export const allowedOriginsSchema = z
  .array(allowedOriginSchema)
  .max(50)
  .transform((origins) => [...new Set(origins)]);
