import { firstFiringRule, type ClientRule, type InboxItem, type PageViewAnswer, type PingAnswer, type WidgetEvent } from '@parley/shared';
import type { LoaderBridge } from '../bridge.js';
import { safeStorage, storageKey, type StoredItem } from '../storage-keys.js';
import { hideBubble, showBubble } from './bubble.js';

/** One call of `window.Parley(...)` the loader passes on. */
type Call = ArrayLike<unknown>;

/** What the app reads to show a proactive message the visitor clicked, and to send its id with the reply. */
export interface StoredProactive {
  id: string;
  text: string;
  name: string;
  by: string;
}

/**
 * The tracker, `parley-tracker.js`: the loader imports it when the page is idle. It reports
 * the page view and engagement (scroll, visibility, leaving) to the server over plain HTTP,
 * evaluates the rules the server answered against time on page, scroll depth and exit intent
 * right here (no round trip), and shows a proactive message as a small bubble; the app loads
 * only when the visitor clicks it. It also carries `Parley('track' | 'identify', ...)`.
 * Returns the handler for the page's later calls.
 */
export function start(site: string, queue: Call[], locale: string, bridge: LoaderBridge): (call: Call) => void {
  const api = `${new URL(import.meta.url).origin}/api/v1/visitor/`;
  const key = (item: StoredItem) => storageKey(site, item);
  const visitKey = key('visit');
  let visit: { id: string; start: number; n: number };
  try {
    visit = JSON.parse(sessionStorage.getItem(visitKey)!) || 0;
  } catch {
    // sessionStorage refused (sandboxed frame): a visit per page view.
  }
  visit ||= { id: (Math.random().toString(36) + Date.now().toString(36)).replace('0.', ''), start: Date.now(), n: 0 };
  visit.n++;
  try {
    sessionStorage.setItem(visitKey, JSON.stringify(visit));
  } catch {
    // as above
  }

  let token: string | undefined;
  let rules: ClientRule[] = [];
  const events: WidgetEvent[] = [];
  let scroll = 0;
  let exit = false;
  let fired = false;
  let flushTimer: ReturnType<typeof setTimeout>;
  const dismissLabel = __PARLEY_DISMISS_LABELS__[locale] || 'Dismiss';
  const parley = (command: string) => (window as unknown as { Parley(c: string): void }).Parley(command);

  const post = <T>(path: string, body: object, beacon?: boolean): Promise<T> | void => {
    // A string body goes as text/plain: a CORS-simple request, no preflight.
    const data = JSON.stringify({ siteKey: site, session: visit.id, ...body });
    if (beacon) return void navigator.sendBeacon(api + path, data);
    return fetch(api + path, { method: 'POST', body: data, keepalive: true }).then((r) => r.json() as Promise<T>);
  };

  const ping = (leave?: boolean) => {
    if (!token) return; // before the page view's answer: events wait in the queue
    const body = { token, events: events.splice(0), scroll, hidden: document.hidden, leave };
    if (leave) post('ping', body, true);
    else post<PingAnswer>('ping', body)?.then((a) => deliver(a.inbox), noop);
  };
  const report = (event: WidgetEvent) => {
    events.push(event);
    clearTimeout(flushTimer);
    flushTimer = setTimeout(ping, 300); // a burst of calls goes in one request
  };
  const trigger = (ruleId: string, kind: 'shown' | 'opened' | 'dismissed') => report({ type: 'trigger', ruleId, kind });

  const chatting = () => safeStorage.get(key('conversation')) || safeStorage.get(key('open'));
  const check = () => {
    const rule = !fired && !chatting() && firstFiringRule(rules, performance.now(), scroll, exit);
    if (!rule) return;
    fired = true;
    trigger(rule.id, 'shown');
    const accept = () => {
      safeStorage.set(key('proactive'), JSON.stringify({ id: rule.id, text: rule.text, name: rule.name, by: rule.by } satisfies StoredProactive));
      trigger(rule.id, 'opened');
      parley('open');
    };
    if (rule.open) accept();
    else showBubble(rule.name, rule.text, dismissLabel, accept, () => trigger(rule.id, 'dismissed'));
  };

  const deliver = (inbox: InboxItem[]) => {
    for (const item of inbox) {
      if (item.type === 'chat') showBubble(item.name, item.text, dismissLabel, () => parley('open'), noop);
      else showBubble('', item.text, dismissLabel, noop, noop);
    }
  };

  let frame = 0;
  const measureScroll = () => {
    frame = 0;
    const page = document.documentElement;
    scroll = Math.max(scroll, Math.min(100, Math.round(((scrollY + innerHeight) / page.scrollHeight) * 100)));
    check();
  };
  // Reading scrollHeight right after the page's own scroll handlers changed the DOM would force
  // a layout: read it once per frame, before the frame's own layout.
  const onScroll = () => (frame ||= requestAnimationFrame(measureScroll));
  addEventListener('scroll', onScroll, { passive: true });
  // Exit intent (desktop): the pointer leaves the page through its top edge, towards tabs and the address bar.
  document.addEventListener('mouseout', (e) => {
    if (!e.relatedTarget && e.clientY < 10) (exit = true), check();
  });
  document.addEventListener('visibilitychange', () => ping());
  addEventListener('pagehide', () => ping(true));
  // The panel opened some other way: the bubble has nothing more to offer.
  (window as unknown as { Parley(c: string, e: string, f: () => void): void }).Parley('on', 'open', hideBubble);

  const sendPageView = (sent: string | null) => post<PageViewAnswer>('pageview', {
    token: sent || undefined,
    visitStartedAt: visit.start,
    pages: visit.n,
    url: location.href,
    title: document.title,
    referrer: document.referrer,
    language: navigator.language,
  })?.then((answer) => {
    // The app may have been given a token meanwhile: keep the one the chat uses.
    if (safeStorage.get(key('token')) === sent) safeStorage.set(key('token'), answer.token);
    token = safeStorage.get(key('token')) || answer.token;
    rules = answer.rules;
    deliver(answer.inbox);
    // A timer may fire a little before its time as performance.now() counts it: aim just after.
    for (const rule of rules) setTimeout(check, rule.t * 1000 - performance.now() + 50);
    onScroll();
    // The page view made the visitor live: ping now only for calls or a hidden tab it could not carry.
    if (events.length || document.hidden) ping();
    setInterval(() => document.hidden || ping(), answer.heartbeatSeconds * 1000);
  }, noop);
  // The page view goes in a task of its own: the sessionStorage read above and this request
  // each block the page's main thread for a moment (a synchronous round trip to the browser),
  // and apart they never add up to a long task on a slow CPU.
  setTimeout(() => sendPageView(safeStorage.get(key('token'))));

  const handle = (call: Call) => {
    const [command, arg] = call as [unknown, Record<string, unknown>];
    if (command === 'track') report({ type: 'track', name: '' + (arg as unknown) });
    else if (command === 'identify') {
      // With a userHash nothing is reported until the server has checked it (the app's
      // `visitor:identify`): a wrong hash must not name the visitor either.
      if (!arg?.userHash) report({ type: 'identify', name: arg?.name, email: arg?.email } as WidgetEvent);
      // A user id is the contact's: the app links this browser (loaded now or later).
      if (arg?.userId) (bridge.identity = arg), bridge.onIdentity?.(arg);
    }
    else console.warn('Parley: unknown command', command);
  };
  queue.forEach(handle);
  return handle;
}

const noop = () => {};
