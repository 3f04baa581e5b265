import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `X-Parley-Signature: sha256=<hex>`, the HMAC-SHA256 of `${timestamp}.${rawBody}` keyed with
 * the bot's webhook secret. The timestamp (`X-Parley-Timestamp`, Unix seconds) is inside the
 * signed string, so a captured delivery cannot be replayed later with a fresh timestamp.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Checks a signature and that its timestamp is within `toleranceSeconds` of `nowSeconds`. */
export function verifyWebhook(
  secret: string,
  signature: string | undefined,
  timestamp: string | undefined,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const ts = Number(timestamp);
  if (!signature || !Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
