/**
 * The host element, its open shadow root and the launcher button. The shadow root keeps the
 * page's CSS out (`all: initial` on the host also stops inherited fonts and colours) and ours
 * in; `position: fixed` keeps the page's layout from moving when the launcher appears.
 */
const css =
  ':host{all:initial!important}' +
  '.l{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;border:0;border-radius:50%;' +
  'background:var(--parley-accent,#0b5cff);color:#fff;cursor:pointer;box-shadow:0 4px 14px #0004}' +
  '.l:focus-visible{outline:3px solid #9cf;outline-offset:3px}' +
  'svg{display:block;margin:auto;width:28px;fill:currentColor}.x{fill:none;stroke:currentColor;stroke-width:2.4}' +
  '[aria-expanded=true] .c,[aria-expanded=false] .x{display:none}' +
  '.b{position:absolute;top:-4px;right:-4px;padding:0 6px;border-radius:10px;background:#d93036;font:700 12px/20px sans-serif}';

// The button's aria-label names it, so the icon needs no text of its own.
const icons =
  '<svg viewBox="0 0 24 24"><path class="c" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/>' +
  '<path class="x" d="M6 6l12 12M18 6L6 18"/></svg>';

export interface LauncherState {
  open: boolean;
  /** Shown as a badge while the panel is closed; 0 hides it. */
  unread: number;
  /** `[open, close]` accessible names in the widget's locale. */
  labels: readonly [string, string];
}

export interface Launcher {
  /** Where the app mounts: the same shadow root, so one style boundary covers both. */
  root: ShadowRoot;
  button: HTMLButtonElement;
  update(patch: Partial<LauncherState>): void;
}

/** Appends `<parley-widget>` to the body and draws the launcher in its shadow root. */
export function createLauncher(doc: Document, onClick: () => void): Launcher {
  // A custom element name: page rules written for `div` or `button` never match the host.
  const host = doc.createElement('parley-widget');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css}</style><button class="l" type="button">${icons}<span class="b" hidden></span></button>`;
  const button = root.querySelector('button')!;
  const badge = button.lastChild as HTMLElement;
  button.onclick = onClick;
  doc.body.appendChild(host);

  const state: LauncherState = { open: false, unread: 0, labels: ['', ''] };
  const update = (patch: Partial<LauncherState>) => {
    const { open, unread, labels } = Object.assign(state, patch);
    const label = labels[open ? 1 : 0];
    const showBadge = unread > 0 && !open;
    button.setAttribute('aria-expanded', String(open));
    // The badge is only drawn, so screen readers get the count in the name instead.
    button.setAttribute('aria-label', showBadge ? `${label} (${unread})` : label);
    badge.hidden = !showBadge;
    badge.textContent = unread > 99 ? '99+' : String(unread);
  };
  update(state);
  return { root, button, update };
}
