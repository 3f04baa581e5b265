/** Below this width the panel covers the page (full screen), and focus stays inside it. */
export const FULL_SCREEN_MAX = 480;

const FOCUSABLE = 'button,textarea,input,select,a[href],[tabindex]:not([tabindex="-1"])';

/** What Tab can reach now: not disabled, not inside a hidden part, and actually drawn. */
function reachable(panel: HTMLElement): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
}

/**
 * Tab and Shift+Tab cycle within the panel while it covers the whole screen: the page behind it
 * cannot be seen, so focus must not wander there. On a wider screen the panel sits beside the
 * page, which stays reachable.
 *
 * The panel moves focus itself on every Tab rather than only at its ends: comparing with "the
 * last item" let focus out whenever the last match in the markup was not drawn (a part styled
 * away, or one still loading), which is how it escaped now and then.
 */
export function trapFocus(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.defaultPrevented || innerWidth >= FULL_SCREEN_MAX) return;
  const panel = event.currentTarget as HTMLElement;
  const items = reachable(panel);
  if (items.length === 0) return;
  event.preventDefault();
  const active = (panel.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
  const at = active ? items.indexOf(active) : -1;
  const step = event.shiftKey ? -1 : 1;
  const next = at === -1 ? (event.shiftKey ? items.length - 1 : 0) : (at + step + items.length) % items.length;
  items[next]!.focus();
}
