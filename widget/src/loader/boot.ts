import { pickLocale } from '@parley/shared';
import type { AppHandle, AppModule, LoaderBridge } from '../bridge.js';
import { safeStorage, storageKey, type StoredItem } from '../storage-keys.js';
import { createEventHub, type Listener } from './event-hub.js';
import { createLauncher, type Launcher } from './launcher.js';
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
  win: Window & { Parley?: ParleyFunction };
  doc: Document;
  /** `import()` of the app module; a parameter so tests can hand in the app without a server. */
  importApp: (url: string) => Promise<AppModule>;
  appVersion: string;
  /** Runs work when the page is idle (requestIdleCallback, or a timeout where there is none). */
  whenIdle?: (work: () => void) => void;
}

/** URL of the app's entry; `?v=` changes with every build, so immutable caching is safe. */
export function appUrl(serverOrigin: string, version: string): string {
  return `${serverOrigin}/widget/app/parley-app.js?v=${version}`;
}

/**
 * Starts the widget on a page: installs the real `window.Parley`, draws the launcher, replays
 * the calls queued before it ran, and loads the app when it is needed: on the first open, at
 * once when the panel was open at the last page view, in the background when the visitor has a
 * conversation going or messages waiting to be sent.
 */
export function bootLoader(deps: LoaderDeps): void {
  const { win, doc } = deps;
  if (win.Parley?.loaded) return; // the snippet pasted twice
  const config = readScriptConfig(doc);
  if (!config) {
    console.warn('Parley: no data-site');
    return;
  }
  const { siteKey, serverOrigin } = config;
  const stored = (item: StoredItem) => safeStorage.get(storageKey(siteKey, item));
  const hub = createEventHub();
  const pending: Call[] = Array.from(win.Parley?.q || []);
  const warned: Record<string, true> = {};
  let ready = false;
  let isOpen = false;
  let launcher: Launcher;
  let loading: Promise<AppHandle> | null = null;
  let app: AppHandle | null = null;

  const parley: ParleyFunction = (...call: unknown[]) => (ready ? run(call) : void pending.push(call));
  parley.loaded = true;
  win.Parley = parley;

  function run(call: Call): void {
    const [command, name, listener] = Array.from(call) as [unknown, string, Listener];
    switch (command) {
      case 'open':
        return setOpen(true);
      case 'close':
        return setOpen(false);
      case 'toggle':
        return setOpen(!isOpen);
      case 'on':
        if (typeof listener !== 'function') return;
        hub.on(name, listener);
        // `ready` already happened: a late listener still hears it (in its own task, as every event).
        if (name === 'ready') setTimeout(listener);
        return;
      case 'off':
        return hub.off(name, listener);
      default:
        if (warned[command as string]) return;
        warned[command as string] = true;
        console.warn('Parley: unknown command', command);
    }
  }

  function setOpen(open: boolean): void {
    if (open === isOpen) return;
    isOpen = open;
    safeStorage.set(storageKey(siteKey, 'open'), open ? '1' : null);
    launcher.update({ open });
    if (app) app.setOpen(open);
    else if (open) void loadApp();
    hub.emit(open ? 'open' : 'close');
  }

  const bridge: LoaderBridge = {
    emitMessage: (message) => hub.emit('message', message),
    setUnread: (unread) => launcher.update({ unread }),
    setLocale: (locale) => launcher.update({ labels: launcherLabels(locale) }),
    requestClose() {
      setOpen(false);
      launcher.button.focus();
    },
  };

  function loadApp(): Promise<AppHandle | void> {
    if (!loading) {
      loading = deps.importApp(appUrl(serverOrigin, deps.appVersion)).then((module) => {
        app = module.mount({ root: launcher.root, siteKey, serverOrigin, locale: config!.locale, open: isOpen, bridge });
        return app;
      });
      loading.catch((err: unknown) => {
        // Let the next click try again, and leave the launcher as it was before.
        loading = null;
        setOpen(false);
        console.warn('Parley:', err);
      });
    }
    return loading.catch(() => undefined);
  }

  const start = () => {
    launcher = createLauncher(doc, () => setOpen(!isOpen));
    launcher.update({ labels: launcherLabels(pickLocale(config.locale, win.navigator.languages)) });
    if (stored('open')) setOpen(true);
    ready = true;
    hub.emit('ready');
    for (const call of pending.splice(0)) run(call);
    // The app removes these keys when there is nothing to wait for, so their presence is enough.
    if (!loading && (stored('conversation') || stored('outbox'))) {
      (deps.whenIdle || idle(win))(() => void loadApp());
    }
  };
  if (doc.body) start();
  else doc.addEventListener('DOMContentLoaded', start);
}

/** Background work waits for the page: the host's own scripts come first. */
function idle(win: Window): (work: () => void) => void {
  return (work) => (win.requestIdleCallback ? win.requestIdleCallback(work, { timeout: 4000 }) : win.setTimeout(work, 2000));
}
