import { describe, expect, it } from 'vitest';
import { completeShortcode, emojiList, pickerEmoji, replaceShortcodes, shortcodeAt } from './emoji-shortcodes.js';

describe('emoji shortcodes', () => {
  it('parses the table into names and emoji, each name once', () => {
    expect(emojiList.find((e) => e.code === '+1')?.emoji).toBe('👍');
    expect(emojiList.find((e) => e.code === 'warning')?.emoji).toBe('⚠️');
    expect(new Set(emojiList.map((e) => e.code)).size).toBe(emojiList.length);
    for (const e of emojiList) expect(e.code).toMatch(/^[\w+-]+$/);
  });

  it('shows each emoji once in the picker', () => {
    const grid = pickerEmoji();
    expect(new Set(grid.map((e) => e.emoji)).size).toBe(grid.length);
    expect(grid.filter((e) => e.emoji === '👍')).toHaveLength(1);
  });

  it('offers completions for the :code being typed before the caret', () => {
    const hit = shortcodeAt('ok :thu', 7)!;
    expect(hit.start).toBe(3);
    expect(hit.matches.map((m) => m.code)).toEqual(['thumbsup', 'thumbsdown']);
    expect(shortcodeAt('ok :t', 5)).toBeNull(); // one letter is not enough
    expect(shortcodeAt('http://x:thu', 12)).toBeNull(); // not after a space
    expect(shortcodeAt(':zzzz', 5)).toBeNull();
  });

  it('completes and replaces', () => {
    expect(completeShortcode('ok :thu rest', 3, 7, '👍')).toEqual({ text: 'ok 👍  rest', caret: 6 });
    expect(replaceShortcodes('hi :wave: :nope: :tada:')).toBe('hi 👋 :nope: 🎉');
  });
});
