import { describe, expect, it } from 'vitest';
import { defaultSiteSettings, type Conversation } from '@parley/shared';
import { dueActions } from './sla-sweeper.js';

const base: Conversation = {
  id: 'c',
  workspaceId: 'w',
  siteId: 's',
  visitorId: 'v',
  status: 'open',
  assigneeId: 'a',
  lastSeq: 1,
  lastMessage: { text: 'hi', authorType: 'visitor', createdAt: 0 },
  createdAt: 0,
  updatedAt: 0,
  closedAt: null,
  firstResponseAt: null,
};
const settings = { ...defaultSiteSettings, firstResponseTargetSeconds: 60, resolutionTargetSeconds: 600, idleCloseMinutes: 5 };

describe('service-level sweep decisions', () => {
  it('breaches the first-response target only while nobody has answered', () => {
    expect(dueActions(base, settings, 59_000).breaches).toEqual([]);
    expect(dueActions(base, settings, 61_000).breaches).toEqual(['first_response']);
    expect(dueActions({ ...base, firstResponseAt: 30_000 }, settings, 61_000).breaches).toEqual([]);
    expect(dueActions({ ...base, offline: true }, settings, 61_000).breaches).toEqual([]);
  });

  it('breaches resolution after its target, and a target of 0 is off', () => {
    expect(dueActions({ ...base, firstResponseAt: 1 }, settings, 601_000).breaches).toEqual(['resolution']);
    expect(dueActions(base, { ...settings, firstResponseTargetSeconds: 0, resolutionTargetSeconds: 0 }, 10 ** 9).breaches).toEqual([]);
  });

  it('closes open conversations idle past the limit, never waiting ones', () => {
    expect(dueActions(base, settings, 5 * 60_000 + 1).idleClose).toBe(true);
    expect(dueActions(base, settings, 5 * 60_000 - 1).idleClose).toBe(false);
    expect(dueActions({ ...base, status: 'waiting' }, settings, 10 ** 9).idleClose).toBe(false);
    expect(dueActions(base, { ...settings, idleCloseMinutes: 0 }, 10 ** 9).idleClose).toBe(false);
  });
});
