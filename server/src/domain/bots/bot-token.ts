import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PREFIX = 'pbt';

/**
 * A bot token names its bot (`pbt_<botId>.<secret>`) so that authenticating is one look-up by
 * id and one constant-time comparison of hashes. 32 random bytes make a plain sha256 enough:
 * there is nothing to brute-force, unlike a password.
 */
export function newBotToken(botId: string): string {
  return `${TOKEN_PREFIX}_${botId}.${randomBytes(32).toString('base64url')}`;
}

/** The HMAC key of the bot's webhook signatures. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The bot id a token claims, or `null` when it is not shaped like a bot token. */
export function botIdOfToken(token: string): string | null {
  const match = /^pbt_([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{20,}$/.exec(token);
  return match ? match[1]! : null;
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
