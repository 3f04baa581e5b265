import { describe, expect, it } from 'vitest';
import type { Site } from '@parley/shared';
import { createBody, draftOf, originIssues, patchBody } from './site-draft.js';

const site: Site = {
  id: 's1',
  workspaceId: 'w1',
  key: 'key1',
  name: 'Shop',
  allowedOrigins: ['https://shop.example'],
  locale: null,
  appearance: { brandColor: '#2563eb', welcome: { en: 'Hi' } },
  createdAt: 0,
};

describe('site draft', () => {
  it('sends only what changed, and the look only by the keys that changed', () => {
    const before = draftOf(site);
    expect(patchBody(before, { ...before })).toBeNull();
    const after = { ...before, origins: 'https://shop.example\n\n  https://*.shop.example ', welcome: { ...before.welcome, 'zh-TW': '您好' } };
    expect(patchBody(before, after)).toEqual({
      allowedOrigins: ['https://shop.example', 'https://*.shop.example'],
      appearance: { welcome: { en: 'Hi', 'zh-TW': '您好' } },
    });
  });

  it('creates with every field, and an empty team name as the site name (null)', () => {
    const body = createBody({ ...draftOf(null), name: 'New', origins: 'https://a.example' });
    expect(body).toMatchObject({ name: 'New', allowedOrigins: ['https://a.example'], locale: null, appearance: { teamName: null, launcherSide: 'right' } });
  });

  it('puts a refused origin on the line the admin typed it, skipping blank lines', () => {
    const issues = [{ path: 'allowedOrigins.1', message: '"shop.example/x": an origin has no path' }];
    expect(originIssues(issues, 'https://a.example\n\nshop.example/x')).toEqual([{ line: 3, message: '"shop.example/x": an origin has no path' }]);
  });
});
