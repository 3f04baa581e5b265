import { describe, expect, it } from 'vitest';
import { TypingGate } from './typing-gate.js';

describe('TypingGate', () => {
  it('passes one typing:true per person and conversation every 2 s, and false always', () => {
    let now = 1000;
    const gate = new TypingGate(() => now);
    expect(gate.pass('v1', 'c1', true, false).typing).toBe(true);
    now += 500;
    expect(gate.pass('v1', 'c1', true, false).typing).toBe(false);
    expect(gate.pass('v2', 'c1', true, false).typing).toBe(true);
    expect(gate.pass('v1', 'c2', true, false).typing).toBe(true);
    now += 1500;
    expect(gate.pass('v1', 'c1', true, false).typing).toBe(true);
    expect(gate.pass('v1', 'c1', false, false).typing).toBe(true);
    expect(gate.pass('v1', 'c1', true, false).typing).toBe(true);
  });

  it('passes one draft every 300 ms', () => {
    let now = 0;
    const gate = new TypingGate(() => now);
    expect(gate.pass('v1', 'c1', true, true)).toEqual({ typing: true, draft: true });
    now += 100;
    expect(gate.pass('v1', 'c1', true, true)).toEqual({ typing: false, draft: false });
    now += 200;
    expect(gate.pass('v1', 'c1', true, true)).toEqual({ typing: false, draft: true });
  });

  it('stays bounded under a flood of people', () => {
    let now = 0;
    const gate = new TypingGate(() => now, 100);
    for (let i = 0; i < 1000; i++) gate.pass(`v${i}`, 'c', true, false);
    expect((gate as unknown as { last: Map<string, unknown> }).last.size).toBeLessThanOrEqual(100);
  });
});
