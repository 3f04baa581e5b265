import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('never stores the password and verifies only the right one', async () => {
    const hash = await hashPassword('密碼-correct horse');
    expect(hash).not.toContain('correct');
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('密碼-correct horse', hash)).toBe(true);
    expect(await verifyPassword('密碼-correct horsf', hash)).toBe(false);
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('treats a malformed stored hash as a mismatch, not a crash', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1$2')).toBe(false);
  });
});
