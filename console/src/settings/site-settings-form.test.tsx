import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { settingsServer } from '../test/settings-server.js';
import { SiteSettingsForm } from './site-settings-form.js';

const shanghaiWeekdays = { timeZone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']] as [string, string][] } };

function renderForm(server: ReturnType<typeof settingsServer>) {
  renderInEnglish(<SiteSettingsForm token="tok" siteId="site-1" departments={server.departments} fetchImpl={server.fetchImpl} />);
}

describe("the site settings form", () => {
  afterEach(() => cleanup());

  it('loads the current values into every group', async () => {
    const server = settingsServer({
      strategy: 'round_robin',
      defaultCapacity: 4,
      hours: shanghaiWeekdays,
      autoAck: { enabled: true, text: { 'zh-CN': '您好！我们通常在 {time} 内回复。' } },
      idleCloseMinutes: 45,
    });
    renderForm(server);
    expect(((await screen.findByLabelText('Who gets a new chat')) as HTMLSelectElement).value).toBe('round_robin');
    expect((screen.getByLabelText('Chats an agent holds at once (unless set for the agent)') as HTMLInputElement).value).toBe('4');
    expect((screen.getByLabelText('Time zone') as HTMLSelectElement).value).toBe('Asia/Shanghai');
    expect((screen.getByLabelText('Monday opens') as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByLabelText('Monday closes') as HTMLInputElement).value).toBe('18:00');
    expect(within(screen.getByRole('row', { name: /Sunday/ })).getByText('Closed')).toBeTruthy();
    expect((screen.getByLabelText('Text in Simplified Chinese') as HTMLInputElement).value).toBe('您好！我们通常在 {time} 内回复。');
    // An empty language shows the built-in text it stands for, placeholder included.
    expect((screen.getByLabelText('Text in Traditional Chinese') as HTMLInputElement).placeholder).toBe('謝謝，我們已收到您的訊息。通常回覆時間：{time}。');
    expect((screen.getByLabelText('Close a chat with no message for (minutes; 0: never)') as HTMLInputElement).value).toBe('45');
  });

  it('saves only the changed settings, confirms, and has nothing to send a second time', async () => {
    const server = settingsServer();
    renderForm(server);
    fireEvent.input(await screen.findByLabelText('Typical reply time, until there is history (minutes)'), { target: { value: '5' } });
    fireEvent.input(screen.getByLabelText('Text in Simplified Chinese'), { target: { value: '您好，约 {time} 内回复。' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(server.writes()).toEqual([
      { method: 'PATCH', path: '/sites/site-1/settings', body: { typicalReplyMinutes: 5, autoAck: { enabled: true, text: { 'zh-CN': '您好，约 {time} 内回复。' } } } },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing has changed.')).toBeTruthy();
    expect(server.writes()).toHaveLength(1);
  });

  it("shows the server's refusal beside the field it names and keeps what was typed", async () => {
    const server = settingsServer({ hours: shanghaiWeekdays });
    renderForm(server);
    fireEvent.input(await screen.findByLabelText('Monday closes'), { target: { value: '08:00' } });
    fireEvent.input(screen.getByLabelText('Average chat length, for wait estimates (minutes)'), { target: { value: '0' } });
    const message = 'an interval must end after it starts (split one that crosses midnight)';
    server.refuse({
      code: 'bad_request',
      message: `hours.weekly.mon.0: ${message}; averageChatMinutes: Too small`,
      issues: [
        { path: 'hours.weekly.mon.0', message },
        { path: 'averageChatMinutes', message: 'Too small: expected number to be >=1' },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing was saved: correct the fields marked below.')).toBeTruthy();
    const monday = screen.getByRole('row', { name: /Monday/ });
    expect(within(monday).getByRole('alert').textContent).toBe(`Not accepted: ${message}`);
    expect(screen.getByLabelText('Monday closes').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Monday closes')).toHaveProperty('value', '08:00');
    const average = screen.getByLabelText('Average chat length, for wait estimates (minutes)').closest('.field') as HTMLElement;
    expect(within(average).getByRole('alert').textContent).toBe('Not accepted: Too small: expected number to be >=1');
    // Only the named fields are marked.
    expect(screen.getByLabelText('Typical reply time, until there is history (minutes)').getAttribute('aria-invalid')).toBe('false');
    expect(server.site.settings?.hours).toEqual(shanghaiWeekdays);
  });

  it('keeps an Enter that picks a Chinese candidate from submitting the form', async () => {
    const server = settingsServer();
    renderForm(server);
    const field = await screen.findByLabelText('Text in Simplified Chinese');
    // Real composition events, as an input method fires them (testing-library's helpers would
    // fire Preact's mistaken "CompositionStart" type instead).
    const compose = (type: string) => field.dispatchEvent(new CompositionEvent(type, { bubbles: true }));
    compose('compositionstart');
    expect(fireEvent.keyDown(field, { key: 'Enter', isComposing: true, keyCode: 229 })).toBe(false);
    compose('compositionend');
    // Safari's late Enter right after the composition ends belongs to the IME too.
    expect(fireEvent.keyDown(field, { key: 'Enter', keyCode: 13 })).toBe(false);
    await new Promise((r) => setTimeout(r, 120));
    expect(fireEvent.keyDown(field, { key: 'Enter', keyCode: 13 })).toBe(true);
  });
});
