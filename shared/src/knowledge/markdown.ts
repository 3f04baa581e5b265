/**
 * A small Markdown subset parsed to a tree, never to HTML: renderers build elements from it,
 * so nothing an author writes is ever injected as markup. Supported: paragraphs, `#`–`###`
 * headings, `-`/`*`/`1.` lists, fenced code, `**strong**`, `*em*`/`_em_`, `` `code` `` and
 * `[links](url)` whose scheme is http, https or mailto (any other link stays plain text).
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; text: string };

const listItem = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** Parses Markdown into blocks. @example parseMarkdown('Hi **there**') */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) {
      endParagraph();
      const code: string[] = [];
      while (++i < lines.length && !/^\s*```/.test(lines[i]!)) code.push(lines[i]!);
      blocks.push({ type: 'code', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      endParagraph();
      blocks.push({ type: 'heading', level: heading[1]!.length as 1 | 2 | 3, children: parseInline(heading[2]!.trim()) });
      continue;
    }
    const item = listItem.exec(line);
    if (item) {
      endParagraph();
      const ordered = item[2] !== undefined;
      const items: Inline[][] = [];
      let match: RegExpExecArray | null = item;
      while (match && (match[2] !== undefined) === ordered) {
        items.push(parseInline(match[3]!));
        match = i + 1 < lines.length ? listItem.exec(lines[i + 1]!) : null;
        if (match) i++;
      }
      blocks.push({ type: 'list', ordered, items });
      continue;
    }
    if (line.trim() === '') endParagraph();
    else paragraph.push(line.trim());
  }
  endParagraph();
  return blocks;
}

const safeHref = /^(https?:\/\/|mailto:)/i;

/** Inline marks: code first (its content is literal), then links, strong, emphasis. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const code = /^`([^`]+)`/.exec(rest);
    const link = /^\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/.exec(rest);
    const strong = /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/.exec(rest);
    const em = /^([*_])(?=\S)([\s\S]*?\S)\1/.exec(rest);
    if (code) {
      flush();
      out.push({ type: 'code', text: code[1]! });
      i += code[0].length;
    } else if (link) {
      flush();
      const href = link[2]!;
      if (safeHref.test(href)) out.push({ type: 'link', href, children: parseInline(link[1]!) });
      else out.push(...parseInline(link[1]!));
      i += link[0].length;
    } else if (strong) {
      flush();
      out.push({ type: 'strong', children: parseInline(strong[2]!) });
      i += strong[0].length;
    } else if (em && !(em[1] === '_' && /\w/.test(text[i - 1] ?? ''))) {
      flush();
      out.push({ type: 'em', children: parseInline(em[2]!) });
      i += em[0].length;
    } else {
      plain += text[i];
      i++;
    }
  }
  flush();
  return out;
}

/** The text of a parsed document without marks: for previews and search. */
export function markdownText(source: string): string {
  const inline = (nodes: Inline[]): string =>
    nodes.map((n) => (n.type === 'text' || n.type === 'code' ? n.text : inline(n.children))).join('');
  return parseMarkdown(source)
    .map((b) => (b.type === 'code' ? b.text : b.type === 'list' ? b.items.map(inline).join('\n') : inline(b.children)))
    .join('\n');
}
