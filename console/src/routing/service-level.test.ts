import { describe, expect, it } from 'vitest';
import { defaultSiteSettings } from '@parley/shared';
import { conversation } from '../test/fixtures.js';
import { formatDuration, serviceLevel } from './service-level.js';

const settings = { ...defaultSiteSettings, firstResponseTargetSeconds: 60, resolutionTargetSeconds: 600, slaWarnBeforeSeconds: 15 };

describe('service level of a conversation', () => {
  it('counts down to the first response, warns before the breach, then reports it missed', () => {
    const c = conversation({ id: 'a', createdAt: 0 });
    expect(serviceLevel(c, settings, 30_000)).toMatchObject({ target: 'first_response', state: 'ok', remainingMs: 30_000 });
    expect(serviceLevel(c, settings, 46_000)).toMatchObject({ state: 'warning', remainingMs: 14_000 });
    expect(serviceLevel(c, settings, 61_000)).toMatchObject({ state: 'breached' });
  });

  it('moves to the resolution target once answered, and stays quiet for closed chats, offline messages and targets turned off', () => {
    const answered = conversation({ id: 'b', createdAt: 0, status: 'open', firstResponseAt: 5_000 });
    expect(serviceLevel(answered, settings, 61_000)).toMatchObject({ target: 'resolution', state: 'ok' });
    expect(serviceLevel(conversation({ id: 'c', status: 'closed' }), settings, 10 ** 9)).toBeNull();
    expect(serviceLevel(conversation({ id: 'd', offline: true }), settings, 10 ** 9)).toBeNull();
    expect(serviceLevel(conversation({ id: 'e' }), { ...settings, firstResponseTargetSeconds: 0 }, 10 ** 9)).toBeNull();
    expect(serviceLevel(conversation({ id: 'f' }), undefined, 0)).toBeNull();
  });

  it('formats durations as clocks', () => {
    expect(formatDuration(75_000)).toBe('1:15');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
