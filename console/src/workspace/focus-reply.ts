/**
 * Moves focus into the open conversation's reply box (issue 12: focus follows the agent into the
 * conversation), else, for a closed one, onto its heading; tried over a few frames because the
 * conversation renders after its summary arrives.
 */
export function focusReply(tries = 20): void {
  const box = document.querySelector<HTMLElement>('.conversation-pane #reply-text, .conversation-pane .composer textarea');
  if (box) {
    box.focus();
    return;
  }
  const heading = document.querySelector<HTMLElement>('.conversation-pane .conversation-header h2');
  if (tries <= 0) {
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    return;
  }
  requestAnimationFrame(() => focusReply(tries - 1));
}
