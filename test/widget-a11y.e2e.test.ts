import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { ServerProcess } from './support/server-process.js';
import { DemoTeam, showWidgetState, widgetLanguages, widgetStates, type WidgetLanguage } from './support/widget-states.js';
import { axeViolations, wholePageRules } from './support/axe-page.js';


interface Finding {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * axe-core on the widget, in Chromium, on every state a visitor meets (closed, open, chatting,
 * queue, leave a message, help search, bot answer, chat ended, rating, file attached, pre-chat), in English,
 * 繁體中文 and Arabic (right to left).
 * Only the widget is judged (`parley-widget` and its shadow tree): the rules about the host
 * page as a whole (one main landmark, a level-one heading, content inside landmarks) are the
 * site's to meet, not something an embedded chat can change.
 */
function axe(page: Page): Promise<Finding[]> {
  return axeViolations(page, { include: 'parley-widget', disable: wholePageRules });
}

describe('the widget with axe-core, in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let team: DemoTeam;

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    team = await DemoTeam.start(server.url);
  });
  afterAll(async () => {
    team?.close();
    await browser?.close();
    await server?.dispose();
  });

  for (const language of ['en', 'zh-TW', 'ar'] as WidgetLanguage[]) {
    for (const state of widgetStates) {
      it(`has no violations: ${state}, ${language}`, async () => {
        await team.clear();
        const context = await browser.newContext({ locale: widgetLanguages[language], viewport: { width: 1366, height: 900 } });
        try {
          const page = await context.newPage();
          await showWidgetState(page, server.url, team, state, language);
          if (state !== 'closed') {
            expect(await page.locator('parley-widget .panel').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
          }
          expect(await axe(page)).toEqual([]);
        } finally {
          await context.close();
        }
      }, 60_000);
    }
  }

  it('sees into the shadow root: a nameless button put there is a violation (so the zeros above mean something)', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await showWidgetState(page, server.url, team, 'closed', 'en');
    await page.evaluate(() => document.querySelector('parley-widget')!.shadowRoot!.append(document.createElement('button')));
    expect((await axe(page)).map((f) => f.id)).toContain('button-name');
    await context.close();
  });

  it('keeps focus inside the panel while it covers a phone screen, and lets it out beside the page on a wide one', async () => {
    await team.clear();
    for (const [width, inside] of [
      [390, true],
      [1366, false],
    ] as const) {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width, height: 800 } });
      const page = await context.newPage();
      await showWidgetState(page, server.url, team, 'open', 'en');
      // Tab only once the panel's parts loaded on demand are in, and focus has moved into the
      // panel on opening: tabbing earlier could start from the page (a flake seen under load).
      await page.waitForLoadState('networkidle');
      await page
        .waitForFunction(() => !!document.querySelector('parley-widget')?.shadowRoot?.activeElement?.closest('.panel'), null, { timeout: 5000 })
        .catch(() => undefined);
      const seen = new Set<boolean>();
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        seen.add(await page.evaluate(() => !!document.querySelector('parley-widget')?.shadowRoot?.activeElement?.closest('.panel')));
      }
      expect([...seen], `${width} px`).toEqual(inside ? [true] : [true, false]);
      await context.close();
    }
  }, 60_000);
});
