import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppModule, LoaderBridge, MountOptions, TrackerModule } from '../bridge.js';
import { bootLoader, type ParleyFunction } from './boot.js';

type Win = Window & { Parley?: ParleyFunction };
const win = window as Win;

/** The embed snippet a site owner pastes before the script tag. */
function snippet(): void {
  win.Parley =
    win.Parley ||
    function (...args: unknown[]) {
      // The snippet queues the arguments object itself.
      // eslint-disable-next-line prefer-rest-params
      (win.Parley!.q = win.Parley!.q || []).push(arguments);
      void args;
    };
}

function embed(attributes: Record<string, string> = {}): void {
  const script = document.createElement('script');
  script.setAttribute('src', 'https://chat.example.com/widget.js');
  script.setAttribute('data-site', 'acme');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.appendChild(script);
}

/**
 * The app and the tracker as the loader sees them through import(): records mounts, open
 * changes, and the calls the tracker is handed.
 */
function fakeApp() {
  const mounts: MountOptions[] = [];
  const opens: boolean[] = [];
  const urls: string[] = [];
  const trackerCalls: unknown[][] = [];
  const trackerStarts: [string, string][] = [];
  const trackerBridges: LoaderBridge[] = [];
  const importApp = vi.fn(async (url: string): Promise<AppModule & TrackerModule> => {
    urls.push(url);
    return {
      mount(options) {
        mounts.push(options);
        return { setOpen: (open) => void opens.push(open), unmount() {} };
      },
      start(siteKey, queue, locale, bridge) {
        trackerStarts.push([siteKey, locale]);
        trackerBridges.push(bridge);
        for (const call of queue) trackerCalls.push(Array.from(call));
        return (call) => void trackerCalls.push(Array.from(call));
      },
    };
  });
  return { importApp, mounts, opens, urls, trackerCalls, trackerStarts, trackerBridges };
}

const launcher = () => document.querySelector('parley-widget')!.shadowRoot!.querySelector('button')!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loader', () => {
  beforeEach(() => {
    localStorage.clear();
    delete win.Parley;
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });
  afterEach(() => vi.restoreAllMocks());

  it('replays calls queued by the snippet in order once it is ready', async () => {
    const log: string[] = [];
    snippet();
    win.Parley!('on', 'open', () => log.push('open'));
    win.Parley!('on', 'close', () => log.push('close'));
    win.Parley!('open');
    win.Parley!('close');
    win.Parley!('on', 'ready', () => log.push('ready'));
    win.Parley!('toggle');
    embed();
    const app = fakeApp();
    bootLoader({ importApp: app.importApp, appVersion: 'v1' });
    await settle();
    expect(log).toEqual(['open', 'close', 'ready', 'open']);
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
  });

  it('replaces window.Parley with the real function', async () => {
    snippet();
    embed();
    const app = fakeApp();
    bootLoader({ importApp: app.importApp, appVersion: 'v1' });
    expect(win.Parley!.loaded).toBe(true);
    win.Parley!('open');
    await settle();
    expect(app.mounts).toHaveLength(1);
  });

  it('draws the launcher in an open shadow root, named in the right language', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-HK']);
    embed();
    bootLoader({ importApp: fakeApp().importApp, appVersion: 'v1' });
    const host = document.querySelector('parley-widget')!;
    expect(host.shadowRoot).not.toBeNull();
    expect(launcher().getAttribute('aria-label')).toBe('開啟聊天');
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
  });

  it("uses the embed's data-locale over the browser's languages", () => {
    embed({ 'data-locale': 'zh-CN' });
    bootLoader({ importApp: fakeApp().importApp, appVersion: 'v1' });
    expect(launcher().getAttribute('aria-label')).toBe('打开聊天');
  });

  it('loads the app only on the first open, from the server that served it, and mounts it in the shadow root', async () => {
    embed();
    const app = fakeApp();
    bootLoader({ importApp: app.importApp, appVersion: 'abc123' });
    await settle();
    expect(app.importApp).not.toHaveBeenCalled();

    launcher().click();
    await settle();
    expect(app.urls).toEqual(['https://chat.example.com/widget/app/parley-app.js?v=abc123']);
    const [mounted] = app.mounts;
    expect(mounted).toMatchObject({ siteKey: 'acme', serverOrigin: 'https://chat.example.com', locale: null, open: true });
    expect(mounted!.root).toBe(document.querySelector('parley-widget')!.shadowRoot);
    expect(launcher().getAttribute('aria-label')).toBe('Close chat');

    launcher().click();
    launcher().click();
    expect(app.importApp).toHaveBeenCalledTimes(1);
    expect(app.opens).toEqual([false, true]);
  });

  it('reopens the panel when it was open at the last page view', async () => {
    localStorage.setItem('parley:acme:open', '1');
    embed();
    const app = fakeApp();
    bootLoader({ importApp: app.importApp, appVersion: 'v1' });
    await settle();
    expect(app.mounts[0]?.open).toBe(true);
  });

  it('draws the launcher and takes calls before it first reads localStorage (a synchronous round trip), then reopens', async () => {
    localStorage.setItem('parley:acme:open', '1');
    embed();
    const app = fakeApp();
    const reads = vi.spyOn(Storage.prototype, 'getItem');
    bootLoader({ importApp: app.importApp, appVersion: 'v1' });
    expect(launcher().getAttribute('aria-label')).toBe('Open chat');
    expect(reads).not.toHaveBeenCalled();
    await settle();
    expect(reads).toHaveBeenCalled();
    expect(app.mounts[0]?.open).toBe(true);
  });

  it("keeps the panel closed when the page said close before the stored state was read", async () => {
    localStorage.setItem('parley:acme:open', '1');
    snippet();
    win.Parley!('close');
    embed();
    const app = fakeApp();
    bootLoader({ importApp: app.importApp, appVersion: 'v1' });
    await settle();
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(app.mounts).toEqual([]);
  });

  it('loads the app in the background, closed, when the visitor has a conversation going', async () => {
    localStorage.setItem('parley:acme:conversation', 'c1');
    embed();
    const app = fakeApp();
    vi.useFakeTimers();
    bootLoader({ importApp: app.importApp, appVersion: 'v1' });
    // Not while the page is still busy loading: when it is idle (jsdom has no
    // requestIdleCallback, so the fallback timeout stands in).
    await vi.advanceTimersByTimeAsync(1000);
    expect(app.importApp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    await settle();
    expect(app.mounts[0]?.open).toBe(false);

    // The app reports an unread reply: the launcher shows it and says it.
    app.mounts[0]!.bridge.setUnread(2);
    expect(launcher().getAttribute('aria-label')).toBe('Open chat (2)');
    expect(launcher().querySelector('.b')!.hasAttribute('hidden')).toBe(false);
  });

  it("passes the app's new messages to the page's listeners, and stops after off", async () => {
    embed();
    const app = fakeApp();
    bootLoader({ importApp: app.importApp, appVersion: 'v1' });
    const heard: unknown[] = [];
    const listener = (m: unknown) => heard.push(m);
    win.Parley!('on', 'message', listener);
    win.Parley!('open');
    await settle();
    const bridge = app.mounts[0]!.bridge;
    bridge.emit('message', { id: 'm1', conversationId: 'c1', text: '您好', author: { type: 'agent', name: 'Mei' }, createdAt: 1 });
    await settle();
    win.Parley!('off', 'message', listener);
    bridge.emit('message', { id: 'm2', conversationId: 'c1', text: 'again', author: { type: 'agent', name: 'Mei' }, createdAt: 2 });
    await settle();
    expect(heard).toEqual([expect.objectContaining({ text: '您好' })]);
  });

  it('loads the tracker when the page is idle and hands it track, identify and unknown calls, in order', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-TW']);
    snippet();
    win.Parley!('track', 'viewed-plans');
    embed();
    const app = fakeApp();
    vi.useFakeTimers();
    bootLoader({ importApp: app.importApp, appVersion: 'v9' });
    win.Parley!('identify', { name: '王小明' });
    win.Parley!('open');
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    await vi.advanceTimersByTimeAsync(2000);
    vi.useRealTimers();
    await settle();
    win.Parley!('frobnicate');
    expect(app.urls).toContain('https://chat.example.com/widget/app/parley-tracker.js?v=v9');
    expect(app.trackerStarts).toEqual([['acme', 'zh-TW']]);
    expect(app.trackerCalls).toEqual([['track', 'viewed-plans'], ['identify', { name: '王小明' }], ['frobnicate']]);
    // The tracker hands identities to the app through the app's own bridge.
    expect(app.trackerBridges[0]).toBe(app.mounts[0]!.bridge);
  });

  it('draws nothing and says why in the console when its script tag has no data-site', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const script = document.createElement('script');
    script.setAttribute('src', 'https://chat.example.com/widget.js');
    document.head.appendChild(script);
    bootLoader({ importApp: fakeApp().importApp, appVersion: 'v1' });
    expect(document.querySelector('parley-widget')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('data-site'));
  });

  it('lets the next click try again when the app fails to load', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    embed();
    const app = fakeApp();
    app.importApp.mockRejectedValueOnce(new Error('network down'));
    bootLoader({ importApp: app.importApp, appVersion: 'v1' });
    launcher().click();
    await settle();
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    launcher().click();
    await settle();
    expect(app.mounts).toHaveLength(1);
  });
});
