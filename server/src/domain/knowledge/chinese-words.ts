// Chinese words that only say how a question is asked ("请问", "怎么办", "可以…吗"). They are
// dropped as whole words, found by the ICU dictionary segmenter, before the text is cut into
// bigrams: removing them after bigramming leaves fragments (怎么办 → 么办, 预约需要 → 约需).
// The text is already folded to Simplified when it gets here.
const stopList =
  '请问 请教 麻烦 你好 您好 谢谢 怎么 怎么办 怎么样 怎样 怎么才能 如何 什么 什么样 为什么 为何 哪个 哪些 哪里 哪儿 在哪 在哪里 在哪儿 ' +
  '可以 可不可以 能否 能不能 能 会 会不会 是否 是不是 是 不是 吗 呢 吧 啊 呀 哦 喔 嘛 啦 了 的 地 得 着 过 么 ' +
  '我 我的 我们 我们的 你 你的 你们 您 您的 他 她 它 他们 这 那 这个 那个 这里 那里 这边 那边 一下 一个 ' +
  '需要 需 要 想 想要 我想 有 有没有 没有 在 和 与 及 或 或者 还是 就 都 也 还 应该 该 让 把 被 对 给 从 跟 ' +
  '吗 么 请 问 帮 帮我 帮忙 一些 有些 所有 现在 目前 已经 如果 的话 然后 但是 可是 因为 所以 去 来 过去 ' +
  '啥 咋 咋办 啥时候 什么时候 何时 时候 不了 怎么样了 会怎样 怎样了 一直 还是 到底 能去 能来 可以去 可以来 去得了 进得去 能进 ' +
  // Colloquial ways of asking: 咋整 (what to do), 行吗 / 行不行 (is it OK), 要不要, and adverbs
  // that only colour the question (老是 "always", 先 "first", 直接 "just").
  '咋整 咋弄 咋搞 怎么弄 怎么搞 怎么整 行 行吗 行不行 成吗 好吗 好不好 要不要 可否 对吗 对不对 没了 不要 为了 整 不 ' +
  '老 老是 总是 总 先 直接 其实 大概 一般 通常 是不是 有无 会否 啊 哈 嗯 喂 唉 耶 欸 吼 齁 蛤 喇';

export const chineseStopWords: ReadonlySet<string> = new Set(stopList.split(/\s+/));

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Words the segmenter's dictionary splits into a stop character and another ("在|线"): kept whole.
const joinedWords = new Set('在线 在职 在场 有效 有限 有关 要求 需求 来回 来电 来店 对面 去年 过敏'.split(' '));

// Question-final particles: 开门不 ("open or not?"), 出了没 ("out yet?"). At the end of a run
// they only ask yes or no; elsewhere (不要, 不满意) the segmenter keeps them inside a word.
const finalParticles = new Set(['不', '没', '否', '么', '了']);
// Words whose last character is 了 as part of the word, not the aspect particle.
const keepsLe = new Set(['为了', '除了', '罢了', '受不了', '得了', '了了']);

/** A segment with an aspect particle 了 or 过 after a one-character verb split off (订了 → 订). */
function withoutParticle(segment: string): string {
  if (segment.length === 2 && (segment[1] === '了' || segment[1] === '过') && !keepsLe.has(segment) && segment !== '不过' && segment !== '经过' && segment !== '超过' && segment !== '难过' && segment !== '通过')
    return segment[0]!;
  return segment;
}

/**
 * Runs of content words in a run of Han characters: the segmenter's words with stop words
 * removed, adjacent content words kept together (so bigrams still bridge 银|联 or 礼拜|一).
 * @example contentRuns('预约需要多久') // ['预约', '多久']
 */
export function contentRuns(han: string): string[] {
  if (han.length === 1) return chineseStopWords.has(han) ? [] : [han];
  const runs: string[] = [];
  let current = '';
  const segments = Array.from(segmenter.segment(han), (s) => withoutParticle(s.segment));
  while (segments.length > 1 && finalParticles.has(segments.at(-1)!)) segments.pop();
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const pair = segment + (segments[i + 1] ?? '');
    if (joinedWords.has(pair)) {
      current += pair;
      i++;
    } else if (chineseStopWords.has(segment)) {
      if (current) runs.push(current);
      current = '';
    } else current += segment;
  }
  if (current) runs.push(current);
  return runs;
}
