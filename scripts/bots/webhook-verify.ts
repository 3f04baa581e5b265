/**
 * Verifying a Parley webhook: copy this function into your bot.
 *
 * Parley signs `${timestamp}.${rawBody}` with HMAC-SHA256, keyed with the bot's webhook
 * secret, and sends `X-Parley-Signature: sha256=<hex>` and `X-Parley-Timestamp: <unix seconds>`.
 * Verify against the raw bytes of the body (before any JSON parsing), compare in constant time,
 * and refuse old timestamps so a captured request cannot be replayed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifyParleySignature(
  secret: string,
  rawBody: string,
  signature: string | undefined,
  timestamp: string | undefined,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const ts = Number(timestamp);
  if (!signature || !Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${ts}.${rawBody}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
