/** How long to wait for the opened conversation's transcript to draw the message. */
const WAIT_MS = 10_000;

/**
 * Scrolls the conversation pane to a message a search result named and marks it for a moment,
 * once the transcript has drawn it (it loads after the conversation opens). Gives up quietly
 * after a while: the conversation is open either way.
 */
export function revealMessage(messageId: string): () => void {
  const selector = `[data-message-id="${CSS.escape(messageId)}"]`;
  const show = (): boolean => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return false;
    element.scrollIntoView({ block: 'center' });
    element.classList.add('search-target');
    setTimeout(() => element.classList.remove('search-target'), 4000);
    return true;
  };
  if (show()) return () => {};
  const observer = new MutationObserver(() => {
    if (show()) stop();
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
