import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves empty cells empty', () => {
    expect(toCsv(['名称', 'n'], [['王, 小梅', 3], ['say "hi"', null], ['a\nb', 0]])).toBe('名称,n\r\n"王, 小梅",3\r\n"say ""hi""",\r\n"a\nb",0\r\n');
  });
});
