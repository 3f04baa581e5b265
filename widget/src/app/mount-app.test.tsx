import { act, waitFor, fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppHandle, LoaderBridge } from '../bridge.js';
import { demoSession, FakeSocket, message } from '../test-support/fake-socket.js';
import { mountApp } from './mount-app.js';

function fakeBridge() {
  return {
    emit: vi.fn(),
    setUnread: vi.fn(),
    setLabels: vi.fn(),
    requestClose: vi.fn(),
  } satisfies LoaderBridge;
}

describe('mountApp', () => {
  let root: ShadowRoot;
  let socket: FakeSocket;
  let handle: AppHandle | null;

  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = '';
    document.head.innerHTML = '';
    root = document.body.appendChild(document.createElement('parley-widget')).attachShadow({ mode: 'open' });
    socket = new FakeSocket();
    handle = null;
  });
  afterEach(() => act(() => handle?.unmount()));

  const mountWith = (bridge: LoaderBridge, open: boolean) =>
    act(() => void (handle = mountApp({ root, siteKey: 'acme', serverOrigin: 'https://chat.example.com', locale: null, open, bridge }, socket.factory)));

  it("puts its CSS inside the shadow root, never in the page's head", () => {
    mountWith(fakeBridge(), true);
    expect(root.querySelector('style')?.textContent).toContain('.panel');
    expect(document.head.querySelector('style')).toBeNull();
    expect(root.querySelector('[role=dialog]')).toBeTruthy();
  });

  it('hides the panel while closed and shows it when the loader opens it', async () => {
    mountWith(fakeBridge(), false);
    await act(async () => socket.accept());
    const panel = root.querySelector('.panel') as HTMLElement;
    expect(panel.hidden).toBe(true);
    act(() => handle!.setOpen(true));
    expect(panel.hidden).toBe(false);
    expect(root.activeElement).toBe(root.querySelector('textarea'));
  });

  it('reports unread agent replies and new messages to the loader while closed', async () => {
    const bridge = fakeBridge();
    mountWith(bridge, false);
    await act(async () => socket.accept());
    act(() => socket.fire('message:new', message(1, '请问还有其他问题吗？')));
    expect(bridge.setUnread).toHaveBeenLastCalledWith(1);
    expect(bridge.emit).toHaveBeenCalledWith(
      'message',
      expect.objectContaining({ text: '请问还有其他问题吗？', author: { type: 'agent', name: 'Mei' } }),
    );
    act(() => handle!.setOpen(true));
    expect(bridge.setUnread).toHaveBeenLastCalledWith(0);
  });

  it("tells the loader the site's locale so the launcher speaks it too", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const bridge = fakeBridge();
    mountWith(bridge, true);
    await waitFor(() => expect(bridge.setLabels).toHaveBeenLastCalledWith(['Open chat', 'Close chat']));
    await act(async () => socket.accept({ ...demoSession, site: { name: 'Shop', locale: 'zh-TW' } }));
    await waitFor(() => expect(bridge.setLabels).toHaveBeenLastCalledWith(['開啟聊天', '關閉聊天']));
    vi.restoreAllMocks();
  });

  it("wears the site's look from the session at once, and keeps it for the loader's next page view", async () => {
    mountWith(fakeBridge(), true);
    const panel = root.querySelector('.panel') as HTMLElement;
    // Neither the look nor the language is known yet: nothing shows rather than the wrong colours.
    expect(panel.hidden).toBe(true);
    const appearance = { brandColor: '#ffd400', launcherSide: 'left', welcome: { en: 'Welcome to Acme!' }, teamName: 'Acme support', avatarUrl: null, replyTime: 'hours' };
    await act(async () => socket.accept({ ...demoSession, site: { name: 'Acme', locale: null, appearance } as typeof demoSession.site }));
    expect(panel.hidden).toBe(false);
    const host = root.host as HTMLElement;
    // Yellow takes black text (AA); the side moves the launcher and the panel left.
    expect(host.style.getPropertyValue('--parley-accent')).toBe('#ffd400');
    expect(host.style.getPropertyValue('--parley-on')).toBe('#000000');
    expect(host.style.getPropertyValue('--pl')).toBe('20px');
    expect(localStorage.getItem('parley:acme:look')).toContain('--parley-accent:#ffd400;--parley-on:#000000;')
    const view = within(root as unknown as HTMLElement);
    expect(view.getByRole('heading').textContent).toBe('Acme support');
    expect(view.getByText('We usually reply within a few hours')).toBeTruthy();
    expect(view.getByText('Welcome to Acme!')).toBeTruthy();
  });

  it('asks the loader to close on Escape and on the close button', () => {
    const bridge = fakeBridge();
    mountWith(bridge, true);
    fireEvent.keyDown(root.querySelector('textarea')!, { key: 'Escape' });
    fireEvent.click(root.querySelector('.close')!);
    expect(bridge.requestClose).toHaveBeenCalledTimes(2);
  });
});
