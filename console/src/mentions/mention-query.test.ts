import { findMentions } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { matchColleagues, mentionHandle, mentionQueryAt } from './mention-query.js';

const people = [
  { id: 'a1', name: 'Mei Wang', email: 'mei@example.cn' },
  { id: 'a2', name: '王小梅', email: 'xiaomei@example.cn' },
  { id: 'a3', name: '', email: 'ops@example.cn' },
];

describe('the @name at the caret', () => {
  it('finds the query after an @ that starts a word, spaces included', () => {
    expect(mentionQueryAt('hi @Mei W', 9)).toEqual({ start: 3, query: 'Mei W' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
  });
  it('ignores an email address, a finished line and text far from the @', () => {
    expect(mentionQueryAt('mail mei@x', 10)).toBeNull();
    expect(mentionQueryAt('@mei\nnext', 9)).toBeNull();
    expect(mentionQueryAt(`@${'x'.repeat(41)}`, 42)).toBeNull();
    expect(mentionQueryAt('no at sign', 5)).toBeNull();
  });
});

describe('colleagues to offer', () => {
  it('matches a name, a word of it or the email, ignoring case; Chinese names too', () => {
    expect(matchColleagues(people, 'wa').map((p) => p.id)).toEqual(['a1']);
    expect(matchColleagues(people, '王').map((p) => p.id)).toEqual(['a2']);
    expect(matchColleagues(people, 'OPS').map((p) => p.id)).toEqual(['a3']);
    expect(matchColleagues(people, '')).toHaveLength(3);
  });
  it('inserts a handle the server’s parser resolves to that person', () => {
    for (const p of people) expect(findMentions(`@${mentionHandle(p)} please look`, people)).toEqual([p.id]);
  });
});
