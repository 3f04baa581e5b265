/** The console's pages for people not signed in, as their addresses name them under `/console/`. */
export type PublicRoute = 'invitation' | 'password-reset' | 'forgot-password' | 'signup';

const routes: readonly PublicRoute[] = ['invitation', 'password-reset', 'forgot-password', 'signup'];

/**
 * The public page an address opens, or `null` for the console itself. The server's mails link to
 * `/console/invitation#<token>` and `/console/password-reset#<token>` (server
 * `domain/accounts/account-links.ts`): the secret stays in the fragment, out of logs.
 */
export function publicRouteOf(pathname: string, base: string = import.meta.env.BASE_URL): PublicRoute | null {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : '';
  const first = rest.split('/')[0] ?? '';
  return (routes as readonly string[]).includes(first) ? (first as PublicRoute) : null;
}

/** The one-time secret of a link: the address's fragment, when it looks like one. */
export function linkTokenOf(hash: string): string | null {
  const token = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

/** Moves to another public page (or the console with `null`) without a reload. */
export function goTo(route: PublicRoute | null): void {
  history.pushState(null, '', `${import.meta.env.BASE_URL}${route ?? ''}`);
  dispatchEvent(new PopStateEvent('popstate'));
}
