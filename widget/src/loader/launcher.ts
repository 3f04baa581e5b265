/**
 * The host element, its open shadow root and the launcher button. The shadow root keeps the
 * page's CSS out (`all: initial` on the host also stops inherited fonts and colours) and ours
 * in; `position: fixed` keeps the page's layout from moving when the launcher appears.
 */
const css =
  ':host{all:initial!important}' +
  '.l{position:fixed;right:var(--pr,20px);left:var(--pl);bottom:20px;z-index:2147483000;width:56px;height:56px;border:0;border-radius:50%;' +
  'background:var(--parley-accent,#2563eb);cursor:pointer;box-shadow:0 4px 14px #0004}' +
  'svg{display:block;margin:auto;width:28px;fill:var(--parley-on,#fff);stroke:var(--parley-on,#fff);stroke-width:2.4}' +
  // The × is two lines: it has no area to fill.
  '[aria-expanded=true] .c,[aria-expanded=false] .x{display:none}' +
  '.b{position:absolute;top:-4px;right:-4px;padding:0 6px;border-radius:10px;background:#d93036;color:#fff;font:700 12px/20px arial}';

// The button's aria-label names it, so the icon needs no text of its own.
const icons = '<svg viewBox="0 0 24 24"><path class="c" d="M3 4h18v13H9l-5 4v-4H3z"/><path class="x" d="M6 6l12 12M18 6L6 18"/></svg>';

/**
 * Appends `<parley-widget>` to the body and draws the launcher in its shadow root. The root
 * (`button.getRootNode()`) is where the app mounts, so one style boundary covers both. The
 * button starts hidden: the loader shows it once the site's kept look is on the host.
 */
export function createLauncher(onClick: () => void): HTMLButtonElement {
  // A custom element name: page rules written for `div` or `button` never match the host.
  const host = document.createElement('parley-widget');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css}</style><button class="l" type="button" hidden>${icons}<span class="b" hidden></span></button>`;
  const button = root.querySelector('button')!;
  button.onclick = onClick;
  document.body.appendChild(host);
  return button;
}

/**
 * Shows the state on the launcher: expanded or not, its name (`labels`: open and close, in the
 * widget's language) and the unread badge, which is drawn only, so the name carries the count.
 */
export function renderLauncher(button: HTMLButtonElement, open: boolean, unread: number, labels: readonly [string, string]): void {
  const badge = button.lastChild as HTMLElement;
  const showBadge = unread > 0 && !open;
  const label = labels[open ? 1 : 0];
  button.setAttribute('aria-expanded', '' + open);
  button.setAttribute('aria-label', showBadge ? `${label} (${unread})` : label);
  badge.hidden = !showBadge;
  badge.textContent = unread > 99 ? '99+' : '' + unread;
}

