/** How a question relates to the article that answers it. */
export type QuestionKind = 'direct' | 'reworded' | 'colloquial' | 'cross-script';

export interface LabelledQuestion {
  /** The visitor's language: en, zh-CN or zh-TW. */
  locale: 'en' | 'zh-CN' | 'zh-TW';
  question: string;
  /** The topic (translation group) that answers it, in the shop samples or the booking articles. */
  topic: string;
  kind: QuestionKind;
}

const q = (locale: LabelledQuestion['locale'], kind: QuestionKind, rows: Array<[string, string]>): LabelledQuestion[] =>
  rows.map(([question, topic]) => ({ locale, question, topic, kind }));

/**
 * The project's own labelled questions over the shop samples and the booking articles, written
 * as visitors write: `direct` shares words with the article, `reworded` says the same with
 * other words (regional words included), `colloquial` is chat (short, typos, slang), and
 * `cross-script` asks in one Chinese script for an article written only in the other.
 * Ranking parameters are tuned on it; the search-quality benchmark reports on it.
 */
export const labelledQuestions: LabelledQuestion[] = [
  ...q('en', 'direct', [
    ['How do I book an appointment?', 'book-appointment'],
    ['What is your cancellation policy?', 'cancel-booking'],
    ['Do I need to pay a deposit?', 'deposit'],
    ['What are your opening hours?', 'opening-hours'],
    ['Is there parking?', 'parking'],
    ['Do you sell gift cards?', 'gift-cards'],
    ['Is there wheelchair access?', 'accessibility'],
    ['How do I reschedule my booking?', 'reschedule'],
    ['Will I get a reminder before my appointment?', 'reminders'],
    ['What should I bring?', 'what-to-bring'],
    ['How long does delivery take?', 'shipping-time'],
    ['How do I reset my password?', 'password'],
    ['How do I return an item?', 'returns'],
  ]),
  ...q('en', 'reworded', [
    ['Can I move my session to another day?', 'reschedule'],
    ['Is a prenatal massage safe while expecting?', 'pregnancy'],
    ['Do you have a lift?', 'accessibility'],
    ['Is there an elevator to the studio?', 'accessibility'],
    ['Which subway station is closest to you?', 'transport'],
    ['Where can I leave my car?', 'parking'],
    ['Do you take American Express at checkout?', 'payment'],
    ['Can my 12 year old daughter get a facial?', 'children'],
    ['What happens if I miss my appointment?', 'no-show'],
    ['Are you open on Sundays?', 'opening-hours'],
    ['Do I have to prepay for a long treatment?', 'deposit'],
    ['I want to buy a voucher as a present for my mum', 'gift-cards'],
    ['Is it safe during pregnancy?', 'pregnancy'],
    ['When does my money come back after a return?', 'refunds'],
    ['I entered the wrong street on my order', 'address'],
    ['How much is postage?', 'shipping-cost'],
  ]),
  ...q('en', 'colloquial', [
    ['need to resheduel my massage', 'reschedule'],
    ['how do i cancle my booking', 'cancel-booking'],
    ['can i use amex', 'payment'],
    ['giftcard expiry?', 'gift-cards'],
    ['cant login', 'password'],
    ['running 20 min late sorry!!', 'no-show'],
    ["im pregnant is that ok", 'pregnancy'],
    ['no-show fee?', 'no-show'],
    ['hrs on saturday?', 'opening-hours'],
    ['where do i park lol', 'parking'],
    ['didnt get any text confirming my booking', 'reminders'],
    ['do u have towels and showers', 'what-to-bring'],
    ['kids allowed?', 'children'],
    ['my parcel still hasnt come', 'tracking'],
  ]),
  ...q('zh-CN', 'direct', [
    ['如何预约服务', 'book-appointment'],
    ['取消预约要收费吗', 'cancel-booking'],
    ['需要付定金吗', 'deposit'],
    ['你们的营业时间是几点', 'opening-hours'],
    ['有停车场吗', 'parking'],
    ['可以买礼品卡吗', 'gift-cards'],
    ['有无障碍设施吗', 'accessibility'],
    ['怎么更改预约时间', 'reschedule'],
    ['迟到了怎么办', 'no-show'],
    ['怎么退货', 'returns'],
    ['重置密码', 'password'],
  ]),
  ...q('zh-CN', 'reworded', [
    ['在网上怎么约', 'book-appointment'],
    ['能不能换个日子去', 'reschedule'],
    ['孕妇可以做按摩吗', 'pregnancy'],
    ['坐地铁怎么过去', 'transport'],
    ['有电梯吗？我坐轮椅', 'accessibility'],
    ['可以刷银联卡吗', 'payment'],
    ['小孩几岁可以做SPA', 'children'],
    ['订金可以退吗', 'deposit'],
    ['约了但是去不了会扣钱吗', 'cancel-booking'],
    ['用积分能抵钱吗', 'membership-points'],
    ['登入不了怎么办', 'password'],
    ['包裹到哪了', 'tracking'],
  ]),
  ...q('zh-CN', 'colloquial', [
    ['开车过去车停哪儿', 'parking'],
    ['礼拜一有开吗', 'opening-hours'],
    ['周末开门不', 'opening-hours'],
    ['放鸽子了会怎样', 'no-show'],
    ['没收到短信啊', 'reminders'],
    ['要带毛巾不', 'what-to-bring'],
    ['怀孕了还能去吗', 'pregnancy'],
    ['礼物卡过期了咋办', 'gift-cards'],
    ['临时有事不去了', 'cancel-booking'],
    ['快递啥时候到', 'shipping-time'],
    ['微信上能约吗', 'wechat-booking'],
  ]),
  ...q('zh-CN', 'cross-script', [
    ['可以开统一编号的发票吗', 'e-invoice'],
    ['电子发票存到手机载具', 'e-invoice'],
    ['能用LINE预约吗', 'line-booking'],
    ['LINE官方账号怎么加', 'line-booking'],
    ['要发票报销', 'e-invoice'],
  ]),
  ...q('zh-TW', 'direct', [
    ['如何預約服務', 'book-appointment'],
    ['取消預約要收費嗎', 'cancel-booking'],
    ['需要付訂金嗎', 'deposit'],
    ['營業時間是幾點到幾點', 'opening-hours'],
    ['有停車場嗎', 'parking'],
    ['可以買禮物卡嗎', 'gift-cards'],
    ['有無障礙設施嗎', 'accessibility'],
    ['怎麼更改預約時間', 'reschedule'],
    ['遲到了怎麼辦', 'no-show'],
    ['如何退貨', 'returns'],
    ['運費怎麼算', 'shipping-cost'],
  ]),
  ...q('zh-TW', 'reworded', [
    ['可以在網路上約嗎', 'book-appointment'],
    ['可以改到別天嗎', 'reschedule'],
    ['孕婦可以按摩嗎', 'pregnancy'],
    ['搭捷運怎麼去', 'transport'],
    ['有電梯嗎？我坐輪椅', 'accessibility'],
    ['可以刷卡嗎', 'payment'],
    ['小朋友幾歲可以參加', 'children'],
    ['定金可以退嗎', 'deposit'],
    ['沒收到確認簡訊', 'reminders'],
    ['線上買的禮券可以用多久', 'gift-cards'],
    ['登錄不了', 'password'],
    ['東西壞了可以修嗎', 'warranty'],
  ]),
  ...q('zh-TW', 'colloquial', [
    ['禮拜一有開嗎', 'opening-hours'],
    ['開車去要停哪', 'parking'],
    ['放鳥會怎樣', 'no-show'],
    ['要帶浴巾嗎', 'what-to-bring'],
    ['懷孕還可以去嗎', 'pregnancy'],
    ['臨時不能去了', 'cancel-booking'],
    ['禮拜天幾點關', 'opening-hours'],
    ['包裹何時會到', 'shipping-time'],
    ['LINE可以約嗎', 'line-booking'],
    ['統編要怎麼打', 'e-invoice'],
  ]),
  ...q('zh-TW', 'cross-script', [
    ['會員點數可以折抵嗎', 'membership-points'],
    ['積分多久會過期', 'membership-points'],
    ['可以用微信小程式預約嗎', 'wechat-booking'],
    ['微信預約成功會通知嗎', 'wechat-booking'],
    ['會員卡有什麼好處', 'membership-points'],
  ]),
];

/** Questions no article answers: the bot should hand these to a person rather than guess. */
export const unanswerableQuestions: Array<{ locale: LabelledQuestion['locale']; question: string }> = [
  { locale: 'en', question: 'Do you sell concert tickets?' },
  { locale: 'en', question: 'What is the weather like tomorrow?' },
  { locale: 'en', question: 'Can you recommend a good dentist?' },
  { locale: 'en', question: 'Is your CEO married?' },
  { locale: 'zh-CN', question: '你们招聘前台吗' },
  { locale: 'zh-CN', question: '明天会下雨吗' },
  { locale: 'zh-CN', question: '附近有什么好吃的餐厅' },
  { locale: 'zh-TW', question: '你們有在徵人嗎' },
  { locale: 'zh-TW', question: '明天會下雨嗎' },
  { locale: 'zh-TW', question: '推薦附近好吃的餐廳' },
];
