import { describe, expect, it } from 'vitest';
import { defaultSiteSettings, type SiteSettings } from '@parley/shared';
import { draftOf, patchOf } from './settings-draft.js';

const saved: SiteSettings = {
  ...defaultSiteSettings,
  hours: { timeZone: 'Asia/Taipei', weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] } },
  autoAck: { enabled: true, text: { 'zh-TW': '您好，約 {time} 內回覆。' } },
};

describe('the settings draft', () => {
  it('sends nothing when nothing changed, even with keys in another order', () => {
    const draft = draftOf(saved);
    draft.hours = { weekly: { tue: [['09:00', '18:00']], mon: [['09:00', '18:00']] }, timeZone: 'Asia/Taipei' };
    expect(patchOf(draft, saved)).toEqual({});
  });

  it('sends only the changed settings, whole, with emptied texts left out and unparsable numbers as null', () => {
    const draft = draftOf(saved);
    draft.typicalReplyMinutes = '5';
    draft.idleCloseMinutes = '';
    draft.autoAck.text = { en: 'Hi, {time}.', 'zh-CN': '  ', 'zh-TW': '' };
    expect(patchOf(draft, saved)).toEqual({ typicalReplyMinutes: 5, idleCloseMinutes: null, autoAck: { enabled: true, text: { en: 'Hi, {time}.' } } });
  });
});
