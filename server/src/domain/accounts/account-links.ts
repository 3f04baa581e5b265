/**
 * The one-time links people open from mail or a copied URL. The secret travels in the
 * fragment, which browsers never send to servers or put in a Referer, so it stays out of
 * access logs and proxies; the console reads it from `location.hash`.
 */
export class AccountLinks {
  /** @param base where people reach Parley (PUBLIC_URL, else the server's own URL), without a trailing slash */
  constructor(private readonly base: () => string) {}

  invitation(token: string): string {
    return `${this.base()}/console/invitation#${token}`;
  }

  passwordReset(token: string): string {
    return `${this.base()}/console/password-reset#${token}`;
  }
}
