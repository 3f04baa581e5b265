import type { Site } from '@parley/shared';

/**
 * True when a page at `origin` may open a visitor socket for `site`. An allowed origin is an
 * exact `scheme://host[:port]`, a `*.` wildcard for subdomains (`https://*.acme.com`),
 * `*` for any page, or `self`: the server's own origin, as the `Host` header names it, which
 * is what the demo site uses wherever the server runs.
 *
 * A browser leaves `Origin` out of a same-origin GET (the widget long-polling from a page
 * served by the chat server itself) and says so in `Sec-Fetch-Site: same-origin`, a header no
 * page can set: `sameOrigin` then stands for the server's own origin.
 */
export function isOriginAllowed(site: Site, origin: string | undefined, ownHost: string | undefined, sameOrigin = false): boolean {
  if (!origin) {
    if (!sameOrigin || !ownHost) return site.allowedOrigins.includes('*');
    return site.allowedOrigins.some((allowed) => allowed === '*' || allowed === 'self' || hostOf(allowed) === ownHost);
  }
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const normal = parsed.origin;
  for (const allowed of site.allowedOrigins) {
    if (allowed === '*') return true;
    if (allowed === 'self') {
      if (ownHost && parsed.host === ownHost) return true;
      continue;
    }
    if (allowed === normal) return true;
    const wildcard = /^(https?):\/\/\*\.(.+)$/.exec(allowed);
    if (wildcard && parsed.protocol === `${wildcard[1]}:` && parsed.host.endsWith(`.${wildcard[2]}`)) return true;
  }
  return false;
}

/** The host of an exact allowed origin; `null` for a wildcard or a malformed one. */
function hostOf(allowed: string): string | null {
  if (allowed.includes('*')) return null;
  try {
    return new URL(allowed).host;
  } catch {
    return null;
  }
}

/** The request headers the origin policy reads (a Node request's headers are one). */
export interface OriginHeaders {
  origin?: string | undefined;
  host?: string | undefined;
  'sec-fetch-site'?: string | string[] | undefined;
}

/**
 * Whether a request's page may use `site`: its `Origin`, or the browser's word that it is
 * same-origin, against the server's `Host`. The socket handshake and the tracker's beacons
 * both ask this, so the two transports cannot disagree about a page.
 */
export function isRequestAllowed(site: Site, headers: OriginHeaders): boolean {
  return isOriginAllowed(site, headers.origin, headers.host, headers['sec-fetch-site'] === 'same-origin');
}
