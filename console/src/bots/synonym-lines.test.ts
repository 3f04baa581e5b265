import { describe, expect, it } from 'vitest';
import { formatSynonymLines, lineOfIssue, parseSynonymLines } from './synonym-lines.js';

describe('synonym editor lines', () => {
  it('reads one group per line with any comma, dropping blanks, repeats and lone words', () => {
    expect(parseSynonymLines('amex, American Express\n\n訂金，定金、押金\nsolo\n lift ; elevator ; lift ')).toEqual([
      ['amex', 'American Express'],
      ['訂金', '定金', '押金'],
      ['lift', 'elevator'],
    ]);
    expect(parseSynonymLines(formatSynonymLines([['a b', 'c'], ['登入', '登录']]))).toEqual([['a b', 'c'], ['登入', '登录']]);
  });

  it('names the line of a refused group', () => {
    expect(lineOfIssue('groups.2.0')).toBe(3);
    expect(lineOfIssue('groups')).toBeNull();
  });
});
