/** Below this width the panel covers the page (full screen), and focus stays inside it. */
export const FULL_SCREEN_MAX = 480;

/**
 * Tab and Shift+Tab cycle within the panel while it covers the whole screen: the page behind it
 * cannot be seen, so focus must not wander there. On a wider screen the panel sits beside the
 * page, which stays reachable.
 */
export function trapFocus(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || innerWidth >= FULL_SCREEN_MAX) return;
  const panel = event.currentTarget as HTMLElement;
  const items = [...panel.querySelectorAll<HTMLElement>('button,textarea,input,select,a[href],[tabindex="0"]')].filter((el) => !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled);
  const first = items[0];
  const last = items[items.length - 1];
  const active = (panel.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  }
}
