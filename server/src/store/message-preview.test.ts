import { describe, expect, it } from 'vitest';
import { messagePreview, previewLength } from './message-preview.js';

const author = { type: 'agent' as const, id: 'a1', name: 'Ann' };

describe('the last-message preview both stores keep', () => {
  it('keeps a short message whole, with who wrote it and when', () => {
    expect(messagePreview({ text: 'hi 你好', author, createdAt: 7 })).toEqual({ text: 'hi 你好', authorType: 'agent', createdAt: 7 });
  });

  it('cuts at the limit, one unit short when the limit falls inside an emoji', () => {
    expect(messagePreview({ text: 'x'.repeat(previewLength + 50), author, createdAt: 0 }).text).toHaveLength(previewLength);
    const split = `${'a'.repeat(previewLength - 1)}😀b`;
    const cut = messagePreview({ text: split, author, createdAt: 0 }).text;
    expect(cut).toBe('a'.repeat(previewLength - 1));
    expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
    const whole = `${'a'.repeat(previewLength - 2)}😀b`;
    expect(messagePreview({ text: whole, author, createdAt: 0 }).text).toBe(`${'a'.repeat(previewLength - 2)}😀`);
  });
});
