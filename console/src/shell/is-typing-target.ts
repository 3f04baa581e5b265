/**
 * True when a key press belongs to what the agent is typing, not to a shortcut: inside a field,
 * an editable element or a select, or while an input method composes (pinyin, zhuyin), or with a
 * modifier held (the browser's and the system's own shortcuts).
 */
export function isTypingTarget(event: KeyboardEvent): boolean {
  if (event.isComposing || event.keyCode === 229) return true;
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  const el = event.target as HTMLElement | null;
  if (!el || !(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
