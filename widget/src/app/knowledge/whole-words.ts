import type { TextPart } from '@parley/shared';

const cut = '…';

/**
 * A search passage cut at word boundaries: where the server's window starts or ends inside a
 * word ("…yment method"), the partial word goes, so the card reads "… method". Scripts written
 * without spaces (Chinese) have no partial words to drop.
 */
export function wholeWords(parts: readonly TextPart[]): TextPart[] {
  const out = parts.map((p) => ({ ...p }));
  const first = out[1];
  if (out[0]?.text === cut && first && !first.hit) first.text = first.text.replace(/^[^\s]*[A-Za-z\u00C0-\u024F\u0600-\u06FF]\s+/, ' ');
  const last = out[out.length - 2];
  if (out[out.length - 1]?.text === cut && last && !last.hit && out.length > 2) last.text = last.text.replace(/\s+[^\s]*[A-Za-z\u00C0-\u024F\u0600-\u06FF][^\s]*$/, ' ');
  return out;
}
