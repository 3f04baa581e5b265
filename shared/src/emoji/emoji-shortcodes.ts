/**
 * The emoji both pickers offer (widget and console) and their `:shortcodes:`, the names Slack,
 * GitHub and Discord use. A short list on purpose: the widget loads it on demand and every
 * entry costs bytes; anything else can still be typed with the system's own emoji keyboard.
 */
const table =
  'smile😄 grin😁 joy😂 rofl🤣 slightly_smiling_face🙂 wink😉 blush😊 heart_eyes😍 thinking🤔 neutral_face😐 ' +
  'confused😕 worried😟 cry😢 sob😭 angry😠 scream😱 sweat_smile😅 relieved😌 sunglasses😎 partying_face🥳 ' +
  'hugs🤗 shushing_face🤫 upside_down_face🙃 roll_eyes🙄 zipper_mouth_face🤐 sleeping😴 mask😷 nerd_face🤓 ' +
  '+1👍 thumbsup👍 -1👎 thumbsdown👎 ok_hand👌 clap👏 wave👋 pray🙏 raised_hands🙌 muscle💪 point_up☝️ v✌️ ' +
  'heart❤️ broken_heart💔 sparkles✨ star⭐ fire🔥 tada🎉 rocket🚀 100💯 check✅ white_check_mark✅ x❌ ' +
  'warning⚠️ question❓ exclamation❗ bulb💡 eyes👀 zap⚡ coffee☕ gift🎁 calendar📅 email📧 phone📞 ' +
  'computer💻 lock🔒 key🔑 link🔗 memo📝 paperclip📎 moneybag💰 credit_card💳 package📦 truck🚚 hourglass⏳ ' +
  'clock3🕒 sun☀️ rainbow🌈 pizza🍕 cake🍰 beer🍺 dog🐶 cat🐱 see_no_evil🙈';

export interface EmojiEntry {
  /** Without colons, e.g. `thumbsup`. */
  code: string;
  emoji: string;
}

/** Every entry, in the picker's order (aliases included; the picker shows each emoji once). */
export const emojiList: readonly EmojiEntry[] = table.split(' ').map((pair) => {
  const at = pair.search(/[^\w+-]/);
  return { code: pair.slice(0, at), emoji: pair.slice(at) };
});

/** The picker's grid: each emoji once, with its first name. */
export function pickerEmoji(): EmojiEntry[] {
  const seen = new Set<string>();
  return emojiList.filter((e) => !seen.has(e.emoji) && seen.add(e.emoji));
}

/**
 * While typing `:thu`, the `:shortcode` being written just before the caret and the entries it
 * may complete to (up to `limit`); null when the caret is not after one (at least 2 letters).
 * @example shortcodeAt('ok :thu', 7) // { start: 3, query: 'thu', matches: [{ code: 'thumbsup', emoji: '👍' }, …] }
 */
export function shortcodeAt(text: string, caret: number, limit = 6): { start: number; query: string; matches: EmojiEntry[] } | null {
  const m = /(^|\s):([\w+-]{2,30})$/.exec(text.slice(0, caret));
  if (!m) return null;
  const query = m[2]!.toLowerCase();
  const start = caret - query.length - 1;
  const matches = emojiList.filter((e) => e.code.startsWith(query)).slice(0, limit);
  return matches.length ? { start, query, matches } : null;
}

/** `text` with the shortcode at `start` (up to `caret`) replaced by `emoji` and a space; the new caret. */
export function completeShortcode(text: string, start: number, caret: number, emoji: string): { text: string; caret: number } {
  const before = text.slice(0, start) + emoji + ' ';
  return { text: before + text.slice(caret), caret: before.length };
}

/** Whole `:shortcodes:` typed out replaced by their emoji (unknown ones stay as written). */
export function replaceShortcodes(text: string): string {
  return text.replace(/:([\w+-]{1,30}):/g, (whole, code: string) => emojiList.find((e) => e.code === code)?.emoji ?? whole);
}
