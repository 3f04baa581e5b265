import { builtInSynonyms } from '../server/src/domain/knowledge/builtin-synonyms.js';
import { analyse } from '../server/src/domain/knowledge/tokenize.js';
const seen = new Map<string, number>();
builtInSynonyms.forEach((g, i) => { for (const p of g) { const k = analyse(p).words.join(' '); if (!k) console.log('EMPTY', p, '|', g.join('|')); else if (seen.has(k) && seen.get(k) !== i) console.log('DUP', p, '→', k, '|', builtInSynonyms[seen.get(k)!]!.join('|'), '||', g.join('|')); else seen.set(k, i); } });
console.log(builtInSynonyms.length, 'groups');
