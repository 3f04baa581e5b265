import { stemmer } from 'stemmer';

// Words that say how a question is asked, not what it is about. "no", "not", "after", "before"
// are here: alone they match every policy that says "no refunds" or "after 6 pm", while the
// words they come with ("no-show", "after hours") carry the meaning and are kept (and joined).
const stopList =
  'a an the is am are was were be been being to of and or in on at by for from with without into onto about ' +
  'i me my mine myself you your yours we us our they them their he him his she her it its this that these those ' +
  'do does did doing done have has had having can could will would shall should may might must ' +
  'how what which who whom whose when where why there here if then than so as also just only too very ' +
  'not no nor any some all each every both either neither other such own same ' +
  'after before again once up down out off over under further ' +
  'please hi hello hey thanks thank ok okay yes yeah want wanted need needed know tell get got ' +
  "would've i'm i've i'd it's don't can't cannot isn't aren't doesn't didn't won't wouldn't couldn't " +
  'im ive id dont cant isnt arent doesnt didnt wont possible anyone someone something anything ' +
  // Light verbs: in a title they match every question that uses them ("How long does delivery take?").
  'take make go come give use let put see look like really still already u ur pls plz lol';

export const englishStopWords: ReadonlySet<string> = new Set(stopList.split(/\s+/));

/** Porter stem of a lower-cased word, with the possessive dropped. */
export function stem(word: string): string {
  const w = word.replace(/['’]s$/, '');
  return /^[a-z]+$/.test(w) ? stemmer(w) : w;
}
