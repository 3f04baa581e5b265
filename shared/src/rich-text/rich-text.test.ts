import { describe, expect, it } from 'vitest';
import { richText, safeHref, toElements, type RichNode } from './rich-text.js';

const md = (text: string) => richText(text, { markdown: true });
const plain = (text: string) => richText(text, { markdown: false });
/** Every href in a tree. */
const hrefs = (nodes: readonly RichNode[]): string[] =>
  nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(n.tag === 'a' ? [n.href] : []), ...hrefs(n.children)]));
/** The text a tree shows. */
const textOf = (nodes: readonly RichNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : n.tag === 'br' ? '\n' : textOf(n.children))).join('');

describe('richText', () => {
  it('links http, https, mailto and tel addresses and keeps the sentence punctuation outside', () => {
    const nodes = plain('See https://example.com/a?b=1, mail mailto:help@example.com or call tel:+44-20-7946-0958.');
    expect(hrefs(nodes)).toEqual(['https://example.com/a?b=1', 'mailto:help@example.com', 'tel:+44-20-7946-0958']);
    expect(textOf(nodes)).toBe('See https://example.com/a?b=1, mail mailto:help@example.com or call tel:+44-20-7946-0958.');
  });

  it('keeps a closing bracket the address opened', () => {
    expect(hrefs(plain('(see https://en.wikipedia.org/wiki/Foo_(bar))'))).toEqual(['https://en.wikipedia.org/wiki/Foo_(bar)']);
  });

  it('keeps line breaks', () => {
    expect(plain('one\ntwo')).toEqual(['one', { tag: 'br', children: [] }, 'two']);
  });

  it('never interprets a visitor’s text: HTML and Markdown stay text', () => {
    const text = '<img src=x onerror=alert(1)> **bold** [x](https://evil.example) <script>alert(1)</script>';
    const nodes = plain(text);
    expect(textOf(nodes)).toBe(text);
    // Only the address is a link; the rest is one string each side of it.
    expect(nodes.filter((n) => typeof n !== 'string')).toEqual([{ tag: 'a', href: 'https://evil.example', children: ['https://evil.example'] }]);
  });

  it('refuses javascript:, data: and vbscript: links in every form', () => {
    const hostile = [
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](data:text/html;base64,PHNjcmlwdD4=)',
      '[click](vbscript:msgbox)',
      'javascript:alert(1)',
      '[click](https://ok.example"onmouseover="alert(1))',
      '[x](//evil.example)',
    ];
    for (const text of hostile) {
      const nodes = md(text);
      expect(hrefs(nodes), text).toEqual([]);
    }
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('java\nscript:alert(1)')).toBeNull();
    expect(safeHref('https://ok.example/"><script>')).toBeNull();
  });

  it('renders light Markdown for agents: bold, italic, code, links, lists', () => {
    expect(md('**Hi** *there* _you_ `npm i`')).toEqual([
      { tag: 'strong', children: ['Hi'] },
      ' ',
      { tag: 'em', children: ['there'] },
      ' ',
      { tag: 'em', children: ['you'] },
      ' ',
      { tag: 'code', children: ['npm i'] },
    ]);
    expect(md('[docs](https://docs.example/x)')).toEqual([{ tag: 'a', href: 'https://docs.example/x', children: ['docs'] }]);
    expect(md('Steps:\n- a\n- b\nDone')).toEqual(['Steps:', { tag: 'ul', children: [{ tag: 'li', children: ['a'] }, { tag: 'li', children: ['b'] }] }, 'Done']);
    // Numbered lines keep their own numbers as text (a bot's numbered answers with passages between).
    expect(textOf(md('1. Open\npassage\n2. Click'))).toBe('1. Open\npassage\n2. Click');
  });

  it('keeps code literal: no links or marks inside it', () => {
    expect(md('`**x** https://a.example`')).toEqual([{ tag: 'code', children: ['**x** https://a.example'] }]);
  });

  it('leaves underscores inside addresses and words alone', () => {
    expect(hrefs(md('https://x.example/_a_/b'))).toEqual(['https://x.example/_a_/b']);
    expect(md('snake_case_name')).toEqual(['snake_case_name']);
  });

  it('survives nested and unbalanced markup without losing text', () => {
    const text = '**bold *and italic* and [link **x**](https://a.example)** *unclosed **also';
    const nodes = md(text);
    for (const href of hrefs(nodes)) expect(href).toBe('https://a.example');
    expect(textOf(nodes)).toContain('*unclosed **also');
    expect(textOf(nodes)).toContain('italic');
    // Deep nesting is bounded, not recursed without end.
    const deep = '**'.repeat(2000) + 'x' + '**'.repeat(2000);
    expect(textOf(md(deep)).includes('x')).toBe(true);
  });

  it('keeps HTML in an agent’s text as text', () => {
    expect(textOf(md('<b onclick="x">hi</b>'))).toBe('<b onclick="x">hi</b>');
  });

  it('turns nodes into elements with the caller’s h, links opening without the opener', () => {
    const h = (tag: string, props: Record<string, string> | null, ...children: unknown[]) => ({ tag, props, children });
    expect(toElements(md('a [b](https://b.example)'), h)).toEqual([
      'a ',
      { tag: 'a', props: { href: 'https://b.example', target: '_blank', rel: 'noopener noreferrer nofollow ugc' }, children: ['b'] },
    ]);
  });
});
