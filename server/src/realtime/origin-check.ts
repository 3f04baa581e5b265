import type { Site } from '@parley/shared';

/**
 * True when a page at `origin` may open a visitor socket for `site`. An allowed origin is an
 * exact `scheme://host[:port]`, a `*.` wildcard for subdomains (`https://*.acme.com`),
 * `*` for any page, or `self`: the server's own origin, as the `Host` header names it, which
 * is what the demo site uses wherever the server runs.
 */
export function isOriginAllowed(site: Site, origin: string | undefined, ownHost: string | undefined): boolean {
  if (!origin) return site.allowedOrigins.includes('*');
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
