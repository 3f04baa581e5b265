import { describe, expect, it } from 'vitest';
import { builtInSynonyms } from './builtin-synonyms.js';
import { FuzzyVocabulary } from './fuzzy-vocabulary.js';
import { planQuery, type Vocabulary } from './query-plan.js';
import { SynonymTable } from './synonym-table.js';

const vocabularyOf = (terms: string[]): Vocabulary => {
  const fuzzy = new FuzzyVocabulary(terms);
  return { has: (t) => terms.includes(t), near: (t) => (terms.includes(t) ? [] : fuzzy.near(t)) };
};

describe('query plan', () => {
  it('lets one article word answer one question word: a borrowed term stays with the clause that reaches it best', () => {
    // "book" borrows "appointment" as a synonym (0.85); the typo "apointment" reaches it at 0.8.
    const clauses = planQuery('book an apointment', vocabularyOf(['book', 'appoint', 'consult']), [new SynonymTable(builtInSynonyms)]);
    const holders = clauses.filter((c) => c.alternatives.some((a) => a.terms.join(' ') === 'appoint'));
    expect(holders).toHaveLength(1);
    expect(holders[0]!.alternatives[0]!.terms).toEqual(['appoint']);
  });

  it("never takes a clause's own word away, even when another clause borrows it", () => {
    const clauses = planQuery('book an apointment', vocabularyOf(['book', 'appoint', 'consult']), [new SynonymTable(builtInSynonyms)]);
    const own = clauses.map((c) => c.alternatives.find((a) => a.weight >= 1)?.terms.join(' '));
    expect(own).toEqual(['book', 'apoint']);
  });
});
