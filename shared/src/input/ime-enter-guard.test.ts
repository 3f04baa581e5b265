import { describe, expect, it } from 'vitest';
import { IME_SETTLE_MS, ImeEnterGuard, type KeyLike } from './ime-enter-guard.js';

const enter = (overrides: Partial<KeyLike> = {}): KeyLike => ({ key: 'Enter', isComposing: false, keyCode: 13, shiftKey: false, ...overrides });

describe('ImeEnterGuard', () => {
  it('sends on a plain Enter and never on Shift, Alt or another key', () => {
    const guard = new ImeEnterGuard(() => 10_000);
    expect(guard.shouldSend(enter())).toBe(true);
    expect(guard.shouldSend(enter({ shiftKey: true }))).toBe(false);
    expect(guard.shouldSend(enter({ altKey: true }))).toBe(false);
    expect(guard.shouldSend(enter({ key: 'a', keyCode: 65 }))).toBe(false);
  });

  it('does not send while an input method composes, however the browser reports it', () => {
    let now = 0;
    const guard = new ImeEnterGuard(() => now);
    expect(guard.shouldSend(enter({ isComposing: true }))).toBe(false); // Chrome, Firefox
    expect(guard.shouldSend(enter({ keyCode: 229 }))).toBe(false); // IMEs reporting no key
    guard.compositionStart();
    now = 1000;
    expect(guard.shouldSend(enter())).toBe(false); // between the composition events
  });

  it("takes Safari's Enter right after compositionend as the IME's, and a later one as the person's", () => {
    let now = 1000;
    const guard = new ImeEnterGuard(() => now);
    guard.compositionStart();
    guard.compositionEnd();
    now += 5;
    expect(guard.shouldSend(enter())).toBe(false);
    now += IME_SETTLE_MS;
    expect(guard.shouldSend(enter())).toBe(true);
  });

  it('follows a field it is attached to by the real event names, until detached', () => {
    let now = 0;
    const guard = new ImeEnterGuard(() => now);
    const field = new EventTarget();
    const detach = guard.attach(field);
    field.dispatchEvent(new Event('compositionstart'));
    expect(guard.shouldSend(enter())).toBe(false);
    now = 1000;
    field.dispatchEvent(new Event('compositionend'));
    expect(guard.shouldSend(enter())).toBe(false); // Safari's Enter right after the end
    now += IME_SETTLE_MS;
    expect(guard.shouldSend(enter())).toBe(true);
    detach();
    field.dispatchEvent(new Event('compositionstart'));
    expect(guard.shouldSend(enter())).toBe(true);
  });
});
