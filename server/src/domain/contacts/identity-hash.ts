import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The `userHash` a site's server computes for `Parley('identify', …)`: the hex HMAC-SHA256 of
 * the user id with the site's identity secret (README: the same in Node, PHP, Python, Ruby).
 */
export function identityHash(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId, 'utf8').digest('hex');
}

/** Compares in constant time, so the answer's timing tells nothing about how much matched. */
export function identityHashMatches(secret: string, userId: string, userHash: string): boolean {
  const expected = Buffer.from(identityHash(secret, userId), 'hex');
  const given = Buffer.from(userHash.toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A new identity secret: 32 random bytes, hex (what the admin pastes into their server's config). */
export function newIdentitySecret(): string {
  return randomBytes(32).toString('hex');
}
