/**
 * The small preview bubble above the launcher: who it is from, the text, and a dismiss
 * button. Drawn in the loader's shadow root, so the page's CSS cannot touch it. Text goes in
 * with `textContent`, never as HTML.
 */
const css =
  '.p{position:fixed;right:20px;bottom:88px;z-index:2147483000;max-width:280px;border-radius:12px;background:#fff;' +
  'box-shadow:0 4px 18px #0003;font:14px/1.4 system-ui,sans-serif;color:#1f2933}' +
  '.p button{border:0;background:none;font:inherit;color:inherit;cursor:pointer;text-align:left}' +
  '.o{display:block;padding:12px 34px 12px 14px}.o b{display:block}.y{position:absolute;top:4px;right:6px;font-size:18px!important}';

let current: HTMLElement | null = null;

/** Shows one bubble (replacing any other); `onOpen` runs on a click on it, `onDismiss` on ×. */
export function showBubble(name: string, text: string, dismissLabel: string, onOpen: () => void, onDismiss: () => void): void {
  const root = document.querySelector('parley-widget')?.shadowRoot;
  if (!root) return;
  current?.remove();
  const el = (current = document.createElement('div'));
  el.className = 'p';
  el.setAttribute('role', 'status');
  el.innerHTML = `<style>${css}</style><button class="o"><b></b><span></span></button><button class="y">×</button>`;
  const [open, dismiss] = el.querySelectorAll('button');
  open!.firstChild!.textContent = name;
  open!.lastChild!.textContent = text;
  dismiss!.setAttribute('aria-label', dismissLabel);
  const close = (then: () => void) => () => {
    el.remove();
    then();
  };
  open!.onclick = close(onOpen);
  dismiss!.onclick = close(onDismiss);
  root.append(el);
}

/** Takes the bubble away (the panel opened some other way). */
export function hideBubble(): void {
  current?.remove();
}
