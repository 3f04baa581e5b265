import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook-signature.js';

describe('webhook signatures', () => {
  const body = '{"event":"message.created","text":"你好"}';
  const now = 1_700_000_000;

  it('verifies its own signature and refuses a changed body, secret or timestamp', () => {
    const sig = signWebhook('whsec_a', now, body);
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhook('whsec_a', sig, String(now), body, now)).toBe(true);
    expect(verifyWebhook('whsec_a', sig, String(now), body.replace('你好', '您好'), now)).toBe(false);
    expect(verifyWebhook('whsec_b', sig, String(now), body, now)).toBe(false);
    expect(verifyWebhook('whsec_a', sig, String(now + 1), body, now)).toBe(false);
  });

  it('refuses a replay outside the tolerance window', () => {
    const sig = signWebhook('whsec_a', now, body);
    expect(verifyWebhook('whsec_a', sig, String(now), body, now + 301)).toBe(false);
    expect(verifyWebhook('whsec_a', undefined, String(now), body, now)).toBe(false);
  });
});
