import type { AnyLocale } from '../i18n/locale.js';

/**
 * Readable names for visitors who have not said who they are. "Visitor _R8_xV" is unreadable and
 * two of them look alike; "Amber Otter" is easy to say to a colleague. The name is derived from
 * the visitor id alone, so the widget, the console and the server name the same visitor the same
 * way without storing anything. One list of words per language (not a translation of the
 * English: each pair reads naturally in its own language); 24 × 24 pairs.
 */
const words: Record<'en' | 'zh' | 'ar', { adjectives: readonly string[]; animals: readonly string[]; join(adjective: string, animal: string): string }> = {
  en: {
    adjectives: ['Amber', 'Azure', 'Brave', 'Bright', 'Calm', 'Clever', 'Coral', 'Cosy', 'Gentle', 'Golden', 'Happy', 'Jade', 'Kind', 'Lively', 'Lucky', 'Misty', 'Quiet', 'Rosy', 'Silver', 'Sunny', 'Swift', 'Tidy', 'Warm', 'Witty'],
    animals: ['Badger', 'Bear', 'Crane', 'Deer', 'Dolphin', 'Falcon', 'Finch', 'Fox', 'Hare', 'Heron', 'Koala', 'Lark', 'Lynx', 'Otter', 'Owl', 'Panda', 'Puffin', 'Robin', 'Seal', 'Swan', 'Tiger', 'Turtle', 'Whale', 'Wren'],
    join: (adjective, animal) => `${adjective} ${animal}`,
  },
  zh: {
    adjectives: ['琥珀', '蔚蓝', '勇敢', '明亮', '安静', '聪明', '珊瑚', '温馨', '温柔', '金色', '快乐', '翡翠', '善良', '活泼', '幸运', '朦胧', '沉静', '粉红', '银色', '阳光', '敏捷', '整洁', '温暖', '机灵'],
    animals: ['獾', '熊', '鹤', '鹿', '海豚', '隼', '雀', '狐狸', '野兔', '鹭', '考拉', '云雀', '猞猁', '水獭', '猫头鹰', '熊猫', '海鹦', '知更鸟', '海豹', '天鹅', '老虎', '海龟', '鲸', '鹪鹩'],
    join: (adjective, animal) => `${adjective}${animal}`,
  },
  ar: {
    adjectives: ['كهرماني', 'سماوي', 'شجاع', 'مشرق', 'هادئ', 'ذكي', 'مرجاني', 'دافئ', 'لطيف', 'ذهبي', 'سعيد', 'يشمي', 'طيب', 'نشيط', 'محظوظ', 'ضبابي', 'ساكن', 'وردي', 'فضي', 'مشمس', 'سريع', 'أنيق', 'ودود', 'فطن'],
    animals: ['غرير', 'دب', 'كركي', 'غزال', 'دلفين', 'صقر', 'عصفور', 'ثعلب', 'أرنب', 'مالك الحزين', 'كوالا', 'قبّرة', 'وشق', 'قضاعة', 'بوم', 'باندا', 'بفن', 'أبو الحناء', 'فقمة', 'بجع', 'نمر', 'سلحفاة', 'حوت', 'نمنمة'],
    // Arabic puts the adjective after the noun.
    join: (adjective, animal) => `${animal} ${adjective}`,
  },
};

// Traditional Chinese: the same words in their traditional forms where they differ.
const traditional: Record<string, string> = { 蔚蓝: '蔚藍', 聪明: '聰明', 温馨: '溫馨', 温柔: '溫柔', 快乐: '快樂', 善良: '善良', 活泼: '活潑', 幸运: '幸運', 朦胧: '朦朧', 粉红: '粉紅', 银色: '銀色', 阳光: '陽光', 整洁: '整潔', 温暖: '溫暖', 机灵: '機靈', 熊: '熊', 鹤: '鶴', 雀: '雀', 狐狸: '狐狸', 野兔: '野兔', 鹭: '鷺', 考拉: '無尾熊', 云雀: '雲雀', 猞猁: '猞猁', 水獭: '水獺', 猫头鹰: '貓頭鷹', 熊猫: '熊貓', 海鹦: '海鸚', 知更鸟: '知更鳥', 海豹: '海豹', 天鹅: '天鵝', 老虎: '老虎', 海龟: '海龜', 鲸: '鯨', 鹪鹩: '鷦鷯', 勇敢: '勇敢', 明亮: '明亮', 安静: '安靜', 珊瑚: '珊瑚', 金色: '金色', 翡翠: '翡翠', 沉静: '沉靜', 敏捷: '敏捷' };

/** FNV-1a over the id's UTF-16 units: small, stable across runtimes, well spread. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A friendly name for a visitor who gave none, the same for the same id everywhere.
 * @example friendlyVisitorName('v_R8_xV3kq', 'en') // e.g. 'Amber Otter'
 * @example friendlyVisitorName('v_R8_xV3kq', 'zh-TW') // the same pair in Traditional Chinese
 */
export function friendlyVisitorName(visitorId: string, locale: AnyLocale): string {
  const hash = hashOf(visitorId);
  const family = locale === 'ar' ? words.ar : locale.startsWith('zh') ? words.zh : words.en;
  const adjective = family.adjectives[hash % family.adjectives.length]!;
  const animal = family.animals[Math.floor(hash / family.adjectives.length) % family.animals.length]!;
  const name = family.join(adjective, animal);
  if (locale !== 'zh-TW') return name;
  return (traditional[adjective] ?? adjective) + (traditional[animal] ?? animal);
}

/**
 * What to call a visitor: the name they gave, else their email, else the friendly name.
 * @example visitorDisplayName({ name: null, email: 'ana@shop.example' }, 'v1', 'en') // 'ana@shop.example'
 */
export function visitorDisplayName(visitor: { name?: string | null; email?: string | null } | null | undefined, visitorId: string, locale: AnyLocale): string {
  return visitor?.name?.trim() || visitor?.email?.trim() || friendlyVisitorName(visitorId, locale);
}
