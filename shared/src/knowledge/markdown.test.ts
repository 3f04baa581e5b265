import { describe, expect, it } from 'vitest';
import { markdownText, parseInline, parseMarkdown } from './markdown.js';

describe('parseMarkdown', () => {
  it('parses paragraphs, headings, lists and code fences', () => {
    const blocks = parseMarkdown('# 退货\n\nFirst line\nsecond line\n\n- one\n- **two**\n\n1. a\n2. b\n\n```\n<b>x</b>\n```');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'code']);
    expect(blocks[2]).toEqual({
      type: 'list',
      ordered: false,
      items: [[{ type: 'text', text: 'one' }], [{ type: 'strong', children: [{ type: 'text', text: 'two' }] }]],
    });
    expect(blocks[4]).toEqual({ type: 'code', text: '<b>x</b>' });
  });

  it('keeps raw HTML as text and drops links with unsafe schemes', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ type: 'text', text: '<img src=x onerror=alert(1)>' }]);
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ type: 'text', text: 'click' }]);
    expect(parseInline('[docs](https://example.com/a)')).toEqual([
      { type: 'link', href: 'https://example.com/a', children: [{ type: 'text', text: 'docs' }] },
    ]);
  });

  it('reads emphasis and code, not underscores inside words', () => {
    expect(parseInline('*a* `b*c*` snake_case_name')).toEqual([
      { type: 'em', children: [{ type: 'text', text: 'a' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'b*c*' },
      { type: 'text', text: ' snake_case_name' },
    ]);
    expect(markdownText('**运费** is *free*')).toBe('运费 is free');
  });
});
