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
  '啥 咋 咋办 啥时候 什么时候 何时 时候 不了 怎么样了 会怎样 怎样了 一直 还是 到底 能去 能来 可以去 可以来 去得了 进得去 能进';

export const chineseStopWords: ReadonlySet<string> = new Set(stopList.split(/\s+/));

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Words the segmenter's dictionary splits into a stop character and another ("在|线"): kept whole.
const joinedWords = new Set('在线 在职 在场 有效 有限 有关 要求 需求 来回 来电 来店 对面 去年 过敏'.split(' '));

/**
 * Runs of content words in a run of Han characters: the segmenter's words with stop words
 * removed, adjacent content words kept together (so bigrams still bridge 银|联 or 礼拜|一).
 * @example contentRuns('预约需要多久') // ['预约', '多久']
 */
export function contentRuns(han: string): string[] {
  if (han.length === 1) return chineseStopWords.has(han) ? [] : [han];
  const runs: string[] = [];
  let current = '';
  const segments = Array.from(segmenter.segment(han), (s) => s.segment);
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
