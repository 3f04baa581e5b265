import { describe, expect, it } from 'vitest';
import { defaultSiteSettings } from '@parley/shared';
import { autoAckText } from './queue.js';

describe("the acknowledgement of a queued visitor's first message", () => {
  it("uses the site's wording for the language, with the typical reply time filled in", () => {
    const settings = { ...defaultSiteSettings, autoAck: { enabled: true, text: { en: 'Back in {time}, promise ({time})' } } };
    expect(autoAckText(settings, 'en', '3 minutes')).toBe('Back in 3 minutes, promise (3 minutes)');
  });

  it("falls back to Parley's own line where the site wrote none for that language", () => {
    const settings = { ...defaultSiteSettings, autoAck: { enabled: true, text: { en: 'Back in {time}' } } };
    const line = autoAckText(settings, 'zh-CN', '3 分钟');
    expect(line).toContain('3 分钟');
    expect(line).not.toContain('Back in');
  });
});
