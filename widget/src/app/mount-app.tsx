import { render } from 'preact';
import type { Message } from '@parley/shared';
import type { AppHandle, MountOptions, WidgetMessageEvent } from '../bridge.js';
import { ChatClient } from './chat/chat-client.js';
import type { SocketFactory } from './chat/visitor-socket.js';
import { english, loadStrings } from './i18n/panel-strings.js';
import { chatLocale } from './locale.js';
import { applyLook, lookOf } from './look/site-look.js';
import css from './styles.css?inline';
import { ChatPanel } from './ui/chat-panel.js';

/**
 * Mounts the chat in the loader's shadow root with a given socket factory (the real one in
 * `mount`, a fake in component tests), and keeps the launcher told of unread count and locale.
 */
export function mountApp(options: MountOptions, createSocket: SocketFactory): AppHandle {
  const { root, siteKey, bridge, locale: localeOverride } = options;
  const style = document.createElement('style');
  style.textContent = css; // inside the shadow root, never in the page's head
  const container = document.createElement('div');
  root.append(style, container);

  const client = new ChatClient({
    siteKey,
    open: options.open,
    createSocket,
    onAgentMessage: (message) => bridge.emit('message', toWidgetMessage(message)),
  });
  // An identify the page made before the app loaded, and the ones it makes from now on.
  const identify = (bridge.onIdentity = (identity) =>
    void import('./chat/identify-visitor.js').then((m) => m.identifyOn(client, identity, (error) => bridge.emit('identify:error', error))));
  if (bridge.identity) identify(bridge.identity);
  let unread = -1;
  let locale = '';
  let site: unknown = null;
  const host = root.host as HTMLElement;
  // The loader put the look kept from an earlier page view on the host: the panel may show at once.
  const styled = !!host.style.cssText;
  const report = () => {
    const state = client.state;
    if (state.site !== site && (site = state.site)) applyLook(host, siteKey, lookOf(state.site));
    if (state.unread !== unread) bridge.setUnread((unread = state.unread));
    const next = chatLocale(localeOverride, state.site, navigator.languages);
    if (next !== locale) {
      const asked = (locale = next);
      void loadStrings(next).then((strings) => {
        const name = (key: 'widget.launcher.open' | 'widget.launcher.close') => strings[key] ?? english[key];
        if (locale === asked) bridge.setLabels([name('widget.launcher.open'), name('widget.launcher.close')]);
      });
    }
  };
  const unsubscribe = client.subscribe(report);
  report();

  render(
    <ChatPanel client={client} localeOverride={localeOverride} serverOrigin={options.serverOrigin} styled={styled} onClose={() => bridge.requestClose()} />,
    container,
  );
  client.start();

  return {
    setOpen: (open) => client.setOpen(open),
    unmount() {
      unsubscribe();
      client.stop();
      render(null, container);
      container.remove();
      style.remove();
    },
  };
}

/** What the page's `message` listeners get: the message, without protocol internals. */
function toWidgetMessage(message: Message): WidgetMessageEvent {
  const { id, conversationId, text, author, createdAt } = message;
  return { id, conversationId, text, author: { type: author.type, name: author.name }, createdAt };
}
