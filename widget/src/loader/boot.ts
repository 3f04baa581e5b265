import { pickLocale } from '@parley/shared';
import type { AppHandle, AppModule, LoaderBridge, TrackerModule } from '../bridge.js';
import { safeStorage, storageKey, type StoredItem } from '../storage-keys.js';
import { createEventHub, type Listener } from './event-hub.js';
import { createLauncher, renderLauncher } from './launcher.js';
import { launcherLabels } from './launcher-labels.js';
import { readScriptConfig } from './script-config.js';

/** One call of `window.Parley(...)`: the snippet queues the `arguments` object itself. */
type Call = ArrayLike<unknown>;

/** `window.Parley`: the snippet's stub (with `q`) before the loader runs, the real one after. */
export interface ParleyFunction {
  (command: string, ...args: unknown[]): void;
  q?: Call[];
  loaded?: true;
}

export interface LoaderDeps {
  /** `import()` of the app or the tracker module; a parameter so tests can hand them in without a server. */
  importApp: (url: string) => Promise<AppModule & TrackerModule>;
  appVersion: string;
}

/**
 * Starts the widget on a page: installs the real `window.Parley`, draws the launcher, replays
 * the calls queued before it ran, and loads the app when it is needed: on the first open, at
 * once when the panel was open at the last page view, in the background (when the page is idle)
 * when the visitor has a conversation going or messages waiting to be sent. When the page is
 * idle it imports the tracker (page views, proactive messages), which takes the calls the
 * loader does not handle itself (`track`, `identify`).
 */
export function bootLoader(deps: LoaderDeps): void {
  const win = window as Window & { Parley?: ParleyFunction };
  if (win.Parley?.loaded) return; // the snippet pasted twice
  const config = readScriptConfig();
  if (!config) return console.warn('Parley: no data-site');
  const { siteKey, serverOrigin } = config;
  const key = (item: StoredItem) => storageKey(siteKey, item);
  const hub = createEventHub();
  const pending: Call[] = win.Parley?.q || [];
  let ready = false;
  let isOpen = false;
  // Set once the panel has been opened or closed (by the page, the visitor or the stored state).
  let chosen = false;
  let unread = 0;
  const locale = pickLocale(config.locale, navigator.languages);
  let labels = launcherLabels(locale);
  let launcher: HTMLButtonElement;
  const render = () => renderLauncher(launcher, isOpen, unread, labels);
  let loading: Promise<void> | null = null;
  let app: AppHandle | null = null;
  // Calls for the tracker, kept until it has loaded.
  const later: Call[] = [];
  let tracker: ((call: Call) => void) | undefined;
  const load = (name: string) => deps.importApp(`${serverOrigin}/widget/app/parley-${name}.js?v=${deps.appVersion}`);
  // Background work waits for the page: the host's own scripts come first.
  const idle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 4000 }) : setTimeout(work, 2000));

  const parley: ParleyFunction = (...call: unknown[]) => (ready ? run(call) : void pending.push(call));
  parley.loaded = true;
  win.Parley = parley;

  function run(call: Call): void {
    const [command, name, listener] = call as [unknown, string, Listener];
    if (command === 'open' || command === 'close') setOpen(command === 'open');
    else if (command === 'toggle') setOpen(!isOpen);
    else if (command === 'off') hub.off(name, listener);
    else if (command !== 'on') tracker ? tracker(call) : later.push(call);
    else if (typeof listener === 'function') {
      hub.on(name, listener);
      // `ready` already happened: a late listener still hears it (in its own task, as every event).
      if (name === 'ready') setTimeout(listener);
    }
  }

  function setOpen(open: boolean): void {
    chosen = true;
    if (open === isOpen) return;
    isOpen = open;
    safeStorage.set(key('open'), open ? '1' : null);
    render();
    if (app) app.setOpen(open);
    else if (open) loadApp();
    hub.emit(open ? 'open' : 'close');
  }

  const bridge: LoaderBridge = {
    emit: hub.emit,
    setUnread(count) {
      unread = count;
      render();
    },
    setLabels(names) {
      labels = names;
      render();
    },
    requestClose() {
      setOpen(false);
      launcher.focus();
    },
  };

  function loadApp(): void {
    loading ||= load('app').then(
      (module) => void (app = module.mount({ root: launcher.getRootNode() as ShadowRoot, siteKey, serverOrigin, locale: config!.locale, open: isOpen, bridge })),
      // The browser logs the failed import; let the next click try again, from a closed launcher.
      () => {
        loading = null;
        setOpen(false);
      },
    );
  }

  const start = () => {
    launcher = createLauncher(() => setOpen(!isOpen));
    render();
    ready = true;
    hub.emit('ready');
    for (const call of pending.splice(0)) run(call);
    // The page's first localStorage read waits on a synchronous round trip to the browser
    // (about 1.5 ms, 8 ms with the CPU slowed 4x): in a task of its own, so the launcher and the
    // API are not held up behind it.
    setTimeout(restore);
  };
  const restore = () => {
    // The site's look kept from an earlier page view (CSS custom properties the app wrote: brand
    // colour, its text colour, the side) goes on the host before the launcher shows, so it never
    // flashes the default colour first. (No look kept: null reads as no declarations.)
    ((launcher.getRootNode() as ShadowRoot).host as HTMLElement).style.cssText = safeStorage.get(key('look'))!;
    launcher.hidden = false;
    // Reopen as at the last page view, unless the page has said open or close meanwhile.
    if (!chosen && safeStorage.get(key('open'))) setOpen(true);
    // The app removes these keys when there is nothing to wait for, so their presence is enough.
    if (safeStorage.get(key('conversation')) || safeStorage.get(key('outbox'))) idle(loadApp);
    // The browser logs a failed import; without the tracker the chat still works.
    idle(() => load('tracker').then((module) => void (tracker = module.start(siteKey, later, locale, bridge)), () => {}));
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
}
