import { describe, expect, it } from 'vitest';
import { presetRange, todayIn } from './report-range.js';

describe('report ranges', () => {
  it('ends a preset on today in the given zone, both days included', () => {
    const now = Date.parse('2026-03-28T20:30:00Z');
    expect(todayIn('Asia/Shanghai', now)).toBe('2026-03-29');
    expect(todayIn('America/New_York', now)).toBe('2026-03-28');
    expect(presetRange('today', 'Asia/Shanghai', now)).toEqual({ from: '2026-03-29', to: '2026-03-29' });
    expect(presetRange('7d', 'Asia/Shanghai', now)).toEqual({ from: '2026-03-23', to: '2026-03-29' });
    expect(presetRange('30d', 'UTC', now)).toEqual({ from: '2026-02-27', to: '2026-03-28' });
  });
});
