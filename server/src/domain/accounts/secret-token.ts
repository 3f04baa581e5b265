import { createHash, randomBytes } from 'node:crypto';

/**
 * A random secret for a one-time link or an API key: 256 bits, URL-safe. Only its hash is
 * stored, so a copy of the database opens no account.
 */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** The stored form of a secret: SHA-256 is enough for 256 random bits (no dictionary to try). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
