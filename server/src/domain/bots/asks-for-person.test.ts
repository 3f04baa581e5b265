import { describe, expect, it } from 'vitest';
import { asksForPerson } from './asks-for-person.js';

describe('asksForPerson', () => {
  it('hears a request for a person in English and Chinese', () => {
    for (const text of ['Can I talk to a human?', 'AGENT please', 'a real person', '转人工', '我要真人', '請幫我找客服']) {
      expect(asksForPerson(text), text).toBe(true);
    }
  });
  it('does not fire on ordinary questions or lookalike words', () => {
    for (const text of ['How long does shipping take?', 'my personal details', 'user agents list', '运费多少？', '退貨流程']) {
      expect(asksForPerson(text), text).toBe(false);
    }
  });
});
