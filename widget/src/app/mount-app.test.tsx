import { act, fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppHandle, LoaderBridge } from '../bridge.js';
import { demoSession, FakeSocket, message } from '../test-support/fake-socket.js';
import { mountApp } from './mount-app.js';

function fakeBridge() {
  return {
    emitMessage: vi.fn(),
    setUnread: vi.fn(),
    setLocale: vi.fn(),
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
    expect(within(root as unknown as HTMLElement).getByRole('dialog')).toBeTruthy();
  });

  it('hides the panel while closed and shows it when the loader opens it', () => {
    mountWith(fakeBridge(), false);
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
    expect(bridge.emitMessage).toHaveBeenCalledWith(
      expect.objectContaining({ text: '请问还有其他问题吗？', author: { type: 'agent', name: 'Mei' } }),
    );
    act(() => handle!.setOpen(true));
    expect(bridge.setUnread).toHaveBeenLastCalledWith(0);
  });

  it("tells the loader the site's locale so the launcher speaks it too", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const bridge = fakeBridge();
    mountWith(bridge, true);
    expect(bridge.setLocale).toHaveBeenLastCalledWith('en');
    await act(async () => socket.accept({ ...demoSession, site: { name: 'Shop', locale: 'zh-TW' } }));
    expect(bridge.setLocale).toHaveBeenLastCalledWith('zh-TW');
    vi.restoreAllMocks();
  });

  it('asks the loader to close on Escape and on the close button', () => {
    const bridge = fakeBridge();
    mountWith(bridge, true);
    fireEvent.keyDown(root.querySelector('textarea')!, { key: 'Escape' });
    fireEvent.click(root.querySelector('.close')!);
    expect(bridge.requestClose).toHaveBeenCalledTimes(2);
  });
});
