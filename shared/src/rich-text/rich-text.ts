/**
 * The one sanitising renderer of message text, for the widget and the console (issue 13).
 * It never produces HTML: it parses text into a small tree of plain nodes that a UI turns into
 * its own elements (`toElements` with Preact's `h`), so whatever a message holds, `<script>`
 * included, reaches the page as text. Links are made only for http, https, mailto and tel.
 *
 * - Everyone's text: line breaks kept, addresses auto-linked.
 * - Agents' and bots' text (`markdown: true`): also **bold**, *italic* / _italic_, `code`,
 *   [label](https://link), and bullet lists (`- item`, `* item`). Numbered lines stay text with
 *   their own numbers: a bot's "1. Title / passage / 2. Title" would otherwise restart at 1.
 */

/** A node of rendered text: a string (text, never markup) or an element from this short list. */
export type RichNode = string | RichElement;
export type RichElement =
  | { tag: 'a'; href: string; children: RichNode[] }
  | { tag: 'strong' | 'em' | 'code' | 'ul' | 'li'; children: RichNode[] }
  | { tag: 'br'; children: [] };

export interface RichTextOptions {
  /** Light Markdown: only for agents and bots. A visitor's text is never interpreted. */
  markdown: boolean;
}

/** The link schemes a message may carry; anything else (javascript:, data:, vbscript:…) stays text. */
const SAFE_HREF = /^(?:https?:\/\/[^\s"'<>`\\]+|mailto:[^\s"'<>`\\:/]+@[^\s"'<>`\\]+|tel:\+?[\d][\d\s().-]{0,30})$/i;

/** `href` when it is safe to link to, else null. */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return SAFE_HREF.test(trimmed) ? trimmed : null;
}

// Addresses in running text: a scheme and what follows up to whitespace or an angle bracket.
const AUTOLINK = /\b(?:https?:\/\/|mailto:)[^\s<>"'`]+|\btel:\+?\d[\d().-]{2,30}\d/gi;
// Punctuation that ends a sentence rather than an address.
const TRAILING = /[.,;:!?'")\]*_]+$/;

/** Text with its addresses made links (never inside code). */
function autolink(text: string): RichNode[] {
  const out: RichNode[] = [];
  let at = 0;
  for (const match of text.matchAll(AUTOLINK)) {
    let url = match[0];
    const cut = TRAILING.exec(url);
    // Keep a closing bracket the address opened: https://en.wikipedia.org/wiki/Foo_(bar)
    if (cut) url = url.slice(0, cut.index + (url.slice(0, cut.index).includes('(') && cut[0].startsWith(')') ? 1 : 0));
    const href = safeHref(url);
    if (!href) continue;
    const start = match.index;
    if (start > at) out.push(text.slice(at, start));
    out.push({ tag: 'a', href, children: [url] });
    at = start + url.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

// One inline Markdown mark at a time, the first that starts earliest wins; unmatched marks stay text.
// An address is matched here too, so marks inside it (https://x.io/_a_) stay part of it.
// No lookbehind (older Safari refuses the whole script): the character before an italic mark is captured.
const INLINE = /`([^`\n]+)`|\*\*(?=\S)([^\n]*?\S)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)|(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])|(^|\W)_(?=\S)([^_\n]*?\S)_(?!\w)|\b((?:https?:\/\/|mailto:)[^\s<>"'`]+)/g;

/** One line's inline Markdown; `depth` bounds nesting so hostile input cannot recurse deeply. */
function inline(text: string, depth = 0): RichNode[] {
  if (depth > 4) return autolink(text);
  const out: RichNode[] = [];
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > at) out.push(...autolink(text.slice(at, m.index)));
    const [whole, code, bold, label, href, before1, italic, before2, underscored, address] = m;
    const before = before1 ?? before2;
    if (before) out.push(before);
    if (address !== undefined) out.push(...autolink(address));
    else if (code !== undefined) out.push({ tag: 'code', children: [code] });
    else if (bold !== undefined) out.push({ tag: 'strong', children: inline(bold, depth + 1) });
    else if (label !== undefined) {
      const safe = safeHref(href!);
      // An unsafe link keeps its label and drops the address.
      out.push(safe ? { tag: 'a', href: safe, children: inline(label, depth + 1).filter((n) => typeof n === 'string' || n.tag !== 'a') } : label);
    } else out.push({ tag: 'em', children: inline((italic ?? underscored)!, depth + 1) });
    at = m.index + whole.length;
  }
  if (at < text.length) out.push(...autolink(text.slice(at)));
  return out;
}

const BULLET = /^\s*[-*] +(.*)$/;

/**
 * Parses a message's text into nodes.
 * @example richText('see **docs** at https://x.io', { markdown: true })
 *   // ['see ', { tag: 'strong', children: ['docs'] }, ' at ', { tag: 'a', href: 'https://x.io', children: ['https://x.io'] }]
 */
export function richText(text: string, { markdown }: RichTextOptions): RichNode[] {
  const out: RichNode[] = [];
  let list: { tag: 'ul'; children: RichNode[] } | null = null;
  text.split('\n').forEach((line, i) => {
    const item = markdown ? BULLET.exec(line) : null;
    if (item) {
      if (!list) out.push((list = { tag: 'ul', children: [] }));
      (list as { children: RichNode[] }).children.push({ tag: 'li', children: inline(item[1]!) });
      return;
    }
    // A list ends the line it is on; otherwise lines are joined by breaks.
    if (i > 0 && !list) out.push({ tag: 'br', children: [] });
    list = null;
    out.push(...(markdown ? inline(line) : autolink(line)));
  });
  return out;
}

/** The `h` of Preact (or any hyperscript): props are attributes, never HTML. */
export type Hyperscript<V> = (tag: string, props: Record<string, string> | null, ...children: (V | string)[]) => V;

/** Nodes as elements of the caller's framework. Links open in a new tab without the opener. */
export function toElements<V>(nodes: readonly RichNode[], h: Hyperscript<V>): (V | string)[] {
  return nodes.map((node) =>
    typeof node === 'string'
      ? node
      : h(node.tag, node.tag === 'a' ? { href: node.href, target: '_blank', rel: 'noopener noreferrer nofollow ugc' } : null, ...toElements(node.children, h)),
  );
}
