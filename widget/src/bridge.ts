/**
 * The contract between the loader (widget.js) and the lazily loaded app. Types only: each
 * bundle compiles its side, and the loader must not pull app code in.
 */

/** Events a host page can subscribe to with `Parley('on', name, callback)`. */
export type WidgetEventName = 'ready' | 'open' | 'close' | 'message' | 'identify:error';

/**
 * `Parley('identify', { userId, email, name, userHash, attributes })` as the page passed it
 * (the server checks it: `visitor:identify`).
 */
export type WidgetIdentity = Record<string, unknown>;

/** What an `identify:error` listener receives: why the server refused the identify (nothing was linked). */
export interface WidgetIdentifyError {
  code: string;
  message: string;
}

/** What a `message` listener receives: a new message from an agent or a bot. */
export interface WidgetMessageEvent {
  id: string;
  conversationId: string;
  text: string;
  author: { type: string; name: string | null };
  createdAt: number;
}

/** What the loader hands the app so the app can reach the launcher and the page's listeners. */
export interface LoaderBridge {
  /** Tells the page's listeners: `message` (a `WidgetMessageEvent`), `identify:error` (a `WidgetIdentifyError`). */
  emit(name: WidgetEventName, payload?: unknown): void;
  /**
   * The page's latest identify that names a `userId`: the tracker (which takes the page's
   * `identify` calls) leaves it here and calls `onIdentity`, which the app sets once mounted;
   * an app mounted later reads `identity`.
   */
  identity?: WidgetIdentity;
  onIdentity?: (identity: WidgetIdentity) => void;
  /** Unread count for the launcher's badge (0 hides it). */
  setUnread(count: number): void;
  /**
   * The launcher's `[open, close]` names in the language the app settled on (the site's may
   * differ from the browser's, and the loader bakes in only the shipped locales' names).
   */
  setLabels(labels: readonly [string, string]): void;
  /** The panel's own close button or Escape: the loader closes and returns focus to the launcher. */
  requestClose(): void;
}

export interface MountOptions {
  /** The open shadow root the loader made; the app renders and puts its CSS inside it. */
  root: ShadowRoot;
  siteKey: string;
  /** Origin of the server that served widget.js, e.g. `https://chat.example.com`. */
  serverOrigin: string;
  /** The embed's `data-locale`, which wins over the site's and the browser's. */
  locale: string | null;
  open: boolean;
  bridge: LoaderBridge;
}

export interface AppHandle {
  setOpen(open: boolean): void;
  unmount(): void;
}

/** The app module's shape, as the loader's dynamic import sees it. */
export interface AppModule {
  mount(options: MountOptions): AppHandle;
}

/** The tracker module's shape (dist/app/parley-tracker.js), as the loader's dynamic import sees it. */
export interface TrackerModule {
  /**
   * Starts page-view reporting and proactive rules for `siteKey`; `queue` holds the page's
   * calls the loader does not handle itself (`track`, `identify`, unknown ones). Returns the
   * handler for the later ones. `locale` is the launcher's; `bridge` is the one the app gets
   * (the tracker hands it identities).
   */
  start(siteKey: string, queue: ArrayLike<unknown>[], locale: string, bridge: LoaderBridge): (call: ArrayLike<unknown>) => void;
}
