import type { Page } from 'playwright-core';
import { agentCommand, type Bot } from '@parley/shared';
import { agentSocket, demoAdmin, type AgentSocket } from './parley-clients.js';
import { exeBytes, noisePng } from './png-file.js';

/**
 * Every state of the visitor's widget, reached the way a visitor reaches it on the demo page of
 * a real server: the axe checks (test/widget-a11y.e2e.test.ts) and the screenshots
 * (scripts/shots-widget.mjs) both drive the widget through these.
 */
export const widgetStates = ['closed', 'open', 'chatting', 'queue', 'leave-message', 'help-search', 'bot-answer', 'ended', 'rating', 'file-attached', 'prechat'] as const;
export type WidgetState = (typeof widgetStates)[number];

/** The languages the widget is checked and shown in, with a browser locale that picks each. */
export const widgetLanguages = { en: 'en-US', 'zh-TW': 'zh-TW', ar: 'ar' } as const;
export type WidgetLanguage = keyof typeof widgetLanguages;

const lines: Record<WidgetLanguage, { ask: string; reply: string; search: string; question: string }> = {
  en: {
    ask: 'Hi! Where is my order #1042?',
    reply: 'Hi! It shipped this morning, and the tracking link is on its way to your inbox.',
    search: 'refund',
    question: 'How much does shipping cost?',
  },
  'zh-TW': { ask: '你好！我的訂單 #1042 到哪裡了？', reply: '您好！今天早上已經出貨，追蹤連結會寄到您的信箱。', search: '退款', question: '運費多少？' },
  ar: { ask: 'مرحبًا! أين طلبي رقم 1042؟', reply: 'مرحبًا! شُحن طلبك هذا الصباح، وسيصلك رابط التتبع بالبريد.', search: 'refund', question: 'How much does shipping cost?' },
};

/** The demo team behind the widget: its one agent (online or away) and the site's bot-first switch. */
export class DemoTeam {
  private constructor(
    private readonly agent: AgentSocket,
    private readonly admin: Awaited<ReturnType<typeof demoAdmin>>,
    private readonly kbBotId: string,
  ) {}

  static async start(url: string): Promise<DemoTeam> {
    const admin = await demoAdmin(url);
    const agent = await agentSocket(url, admin.token);
    const { bots } = await admin.call<{ bots: Bot[] }>('GET', '/bots');
    const kb = bots.find((b) => b.mode === 'knowledge-base');
    if (!kb) throw new Error('the demo workspace has no knowledge-base bot');
    return new DemoTeam(agent, admin, kb.id);
  }

  async online(online: boolean): Promise<void> {
    const ack = await agentCommand(this.agent, 'agent:status', { status: online ? 'online' : 'away' }, 10_000);
    if (!ack.ok) throw new Error(ack.error.message);
  }

  /** The demo site's pre-chat form: a required name and email, an optional phone (or none). */
  async prechat(on: boolean): Promise<void> {
    const sites = await this.admin.call<{ id: string }[] | { sites: { id: string }[] }>('GET', '/sites');
    const site = (Array.isArray(sites) ? sites : sites.sites)[0]!;
    const fields = [
      { id: 'name', kind: 'name', required: true },
      { id: 'email', kind: 'email', required: true },
      { id: 'phone', kind: 'phone', required: false },
    ];
    await this.admin.call('PATCH', `/sites/${site.id}/settings`, { prechat: { enabled: on, fields: on ? fields : [] } });
  }

  async botFirst(on: boolean): Promise<void> {
    await this.admin.call('PUT', '/sites/demo/bot', { botId: on ? this.kbBotId : null });
  }

  /** Closes every open or waiting conversation, so each state starts with a free agent and an empty queue. */
  async clear(): Promise<void> {
    const list = await agentCommand(this.agent, 'conversation:list', { status: ['open', 'waiting'], limit: 50 }, 10_000);
    if (!list.ok) throw new Error(list.error.message);
    for (const c of list.data) await agentCommand(this.agent, 'conversation:close', { conversationId: c.id }, 10_000);
  }

  /** Waits for the visitor's chat to reach the agent, then answers it. */
  async answer(text: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const mine = await agentCommand(this.agent, 'conversation:list', { status: ['open'], mine: true, limit: 5 }, 10_000);
      const chat = mine.ok ? mine.data[0] : undefined;
      if (chat) {
        const sent = await agentCommand(this.agent, 'message:send', { conversationId: chat.id, clientId: `shot-${Date.now()}`, text, internal: false }, 10_000);
        if (!sent.ok) throw new Error(sent.error.message);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no chat reached the agent');
  }

  close(): void {
    this.agent.disconnect();
  }
}

const panel = (page: Page) => page.locator('parley-widget .panel:not([hidden])');

async function openPanel(page: Page): Promise<void> {
  await page.locator('parley-widget button.l').click();
  await panel(page).waitFor();
  // The header's status line says the team's reply time or that nobody is there (availability asked).
  await page.waitForTimeout(300);
}

async function write(page: Page, text: string): Promise<void> {
  const field = page.locator('parley-widget #parley-input');
  await field.fill(text);
  await field.press('Enter');
}

/** Pastes a file into the composer as a screenshot paste does. */
async function pasteFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.locator('parley-widget #parley-input').evaluate(
    (el, { name, b64 }) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'image/png' }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { name, b64: bytes.toString('base64') },
  );
}

/**
 * Loads the demo page in `page` (a fresh browser context: a new visitor) and brings the widget
 * to `state`. The team is left as the state needs it; call `team.clear()` between states.
 */
export async function showWidgetState(page: Page, url: string, team: DemoTeam, state: WidgetState, language: WidgetLanguage): Promise<void> {
  const say = lines[language];
  await team.online(state !== 'queue' && state !== 'leave-message');
  await team.botFirst(state === 'bot-answer');
  await team.prechat(state === 'prechat');
  await page.goto(`${url}/`);
  await page.locator('parley-widget button.l').waitFor();
  if (state === 'closed') return;
  await openPanel(page);
  switch (state) {
    case 'chatting':
      await write(page, say.ask);
      await team.answer(say.reply);
      await page.locator('parley-widget .msg', { hasText: say.reply }).waitFor();
      break;
    case 'ended':
      // The agent answers and closes the chat: the closed line and "Email me the transcript".
      await write(page, say.ask);
      await team.answer(say.reply);
      await page.locator('parley-widget .msg', { hasText: say.reply }).waitFor();
      await team.clear();
      await page.locator('parley-widget .by-email').waitFor();
      break;
    case 'rating':
      // The chat closed, a score picked: the comment field and the send button show.
      await write(page, say.ask);
      await team.answer(say.reply);
      await page.locator('parley-widget .msg', { hasText: say.reply }).waitFor();
      await team.clear();
      await page.locator('parley-widget .rating label').nth(3).click();
      await page.locator('parley-widget #parley-rating-comment').waitFor();
      break;
    case 'file-attached':
      // A screenshot sent (its thumbnail in the transcript) and a renamed .exe refused inline.
      await write(page, say.ask);
      await team.answer(say.reply);
      await page.locator('parley-widget .msg', { hasText: say.reply }).waitFor();
      await pasteFile(page, 'screenshot.png', noisePng(40_000));
      await page.locator('parley-widget .thumb img').waitFor();
      await pasteFile(page, 'setup.png', exeBytes());
      await page.locator('parley-widget .uploads li.failed').waitFor();
      break;
    case 'prechat':
      // Sent empty: the form's own inline errors on the required fields.
      await page.locator('parley-widget .prechat button[type=submit]').click();
      await page.locator('parley-widget .prechat .error').first().waitFor();
      break;
    case 'queue':
      await write(page, say.ask);
      await page.locator('parley-widget .queue').waitFor();
      break;
    case 'leave-message':
      await page.locator('parley-widget .offline-offer').click();
      // Sent empty: the form's own inline errors, never the browser's bubbles.
      await page.locator('parley-widget .offline button[type=submit]').click();
      await page.locator('parley-widget .offline .error').first().waitFor();
      break;
    case 'help-search':
      await page.locator('parley-widget .help-link').click();
      await page.locator('parley-widget .kb input').fill(say.search);
      await page.locator('parley-widget .kb li, parley-widget .kb .empty').first().waitFor();
      break;
    case 'bot-answer':
      await write(page, say.question);
      await page.locator('parley-widget .bot-actions').waitFor();
      break;
  }
  // Let the last line scroll into view and any animation end.
  await page.waitForTimeout(250);
}
