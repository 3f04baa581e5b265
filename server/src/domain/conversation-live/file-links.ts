import { createHmac, timingSafeEqual } from 'node:crypto';
import { FILE_LINK_TTL_MS } from '@parley/shared';

/**
 * Signed links to uploaded files: `/api/v1/files/{id}?expires={ms}&sig={hmac}`, where the HMAC
 * (SHA-256, the server secret) covers the id, the variant and the expiry. A link whose
 * signature or expiry is missing or changed, or which has expired, is refused. The link is the
 * credential (an `<img src>` cannot send a token), so it is handed only to those who may see
 * the conversation, and only for an hour.
 */
export class FileLinks {
  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = FILE_LINK_TTL_MS,
  ) {}

  url(id: string, variant: 'file' | 'thumb' = 'file'): string {
    const expires = this.now() + this.ttlMs;
    const thumb = variant === 'thumb' ? '&thumb=1' : '';
    return `/api/v1/files/${id}?expires=${expires}${thumb}&sig=${this.sign(id, variant, expires)}`;
  }

  /** True when `sig` is this server's signature of `id` and `expires`, and `expires` has not passed. */
  verify(id: string, variant: 'file' | 'thumb', expires: unknown, sig: unknown): boolean {
    if (typeof expires !== 'string' || typeof sig !== 'string' || !/^\d{1,16}$/.test(expires)) return false;
    const at = Number(expires);
    if (at <= this.now()) return false;
    const expected = Buffer.from(this.sign(id, variant, at));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private sign(id: string, variant: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`parley-file:${id}:${variant}:${expires}`).digest('base64url');
  }
}
