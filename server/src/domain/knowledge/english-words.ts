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
  'take make go come give use let put see look like really still already u ur pls plz lol ' +
  // Conjunctions and fillers: they join a question's parts and match every article.
  'but because though although whether while yet via per thus hence anyway btw actually basically';

export const englishStopWords: ReadonlySet<string> = new Set(stopList.split(/\s+/));

// Words a suffix-stripping stemmer cannot bring to their base: irregular verbs and plurals
// (paid/pay, children/child, teeth/tooth), and British spellings read as American (colour,
// centre, cancelled, enrol), so either spelling meets the other. Pairs are word→base.
const baseForms = new Map<string, string>(
  (
    'paid:pay bought:buy brought:bring sent:send spent:spend lost:lose left:leave kept:keep met:meet sold:sell ' +
    'told:tell thought:think felt:feel forgot:forget forgotten:forget chose:choose chosen:choose broke:break broken:break ' +
    'wore:wear worn:wear ran:run took:take taken:take gave:give given:give made:make came:come went:go gone:go got:get gotten:get ' +
    'woke:wake ate:eat eaten:eat drove:drive driven:drive rode:ride wrote:write written:write hid:hide held:hold heard:hear ' +
    'children:child kids:kid women:woman men:man teeth:tooth feet:foot mice:mouse geese:goose people:person ' +
    'colour:color colours:colors centre:center centres:centers theatre:theater metre:meter metres:meters litre:liter ' +
    'programme:program programmes:programs licence:license cheque:check jewellery:jewelry enrol:enroll enrolment:enrollment ' +
    'favourite:favorite favourites:favorites behaviour:behavior neighbour:neighbor neighbourhood:neighborhood labour:labor ' +
    'honour:honor catalogue:catalog dialogue:dialog tyre:tire tyres:tires pyjamas:pajamas grey:gray mum:mom mums:moms ' +
    'paediatric:pediatric paediatrician:pediatrician anaesthetic:anesthetic oestrogen:estrogen fibre:fiber cosy:cozy ' +
    'cancelled:canceled cancelling:canceling travelled:traveled travelling:traveling traveller:traveler modelling:modeling ' +
    'organise:organize organised:organized organisation:organization apologise:apologize recognise:recognize realise:realize ' +
    'specialise:specialize specialised:specialized personalise:personalize personalised:personalized minimise:minimize ' +
    'authorise:authorize authorisation:authorization customise:customize customised:customized analyse:analyze ' +
    'defence:defense offence:offense practise:practice ageing:aging moisturiser:moisturizer moisturising:moisturizing'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** A word's base form when a stemmer cannot find it (irregular forms, British spellings), else the word. */
export function baseForm(word: string): string {
  return baseForms.get(word) ?? word;
}

/** Porter stem of a lower-cased word, with the possessive dropped and irregular forms and British spellings brought to their base. */
export function stem(word: string): string {
  const w = baseForm(word.replace(/['’]s$/, ''));
  return /^[a-z]+$/.test(w) ? stemmer(w) : w;
}
