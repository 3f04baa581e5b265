import { analyse } from '../server/src/domain/knowledge/tokenize.js';
for (const q of process.argv.slice(2)) { const a = analyse(q); console.log(q, '→', a.words.join(' '), '| joins', a.joins.map(j=>j.term).join(' ')); }
