import type { ArticleInput } from '@parley/shared';
import { topicArticles, type HelpCentreTopics } from './help-centre-topics.js';

/**
 * A restaurant's help centre (table reservations), in English, Simplified and Traditional
 * Chinese, with one topic in each Chinese script only. It is the corpus of the FRESH labelled
 * questions (fresh-questions.ts): written after every ranking and synonym change of its round,
 * and read only as totals, never question by question, so it checks generalisation once.
 */
export const restaurantTopics: HelpCentreTopics = {
  'reserve-table': {
    en: {
      title: 'Reserving a table',
      body: 'Reserve online up to 30 days ahead, or phone us after 11 am. Tell us the number of guests and any special occasion. We hold your table for 15 minutes.',
      keywords: ['reservation', 'reserve', 'table', 'book a table'],
    },
    'zh-CN': {
      title: '预订餐位',
      body: '最多可提前30天在线订座，或在上午11点后致电预订。请告知用餐人数和特殊场合。餐位为你保留15分钟。',
      keywords: ['订座', '订位', '预订', '餐位'],
    },
    'zh-TW': {
      title: '預約訂位',
      body: '最多可提前30天線上訂位，或在上午11點後來電預約。請告知用餐人數與特殊場合。座位為你保留15分鐘。',
      keywords: ['訂位', '預約', '座位'],
    },
  },
  'change-reservation': {
    en: {
      title: 'Changing or cancelling a reservation',
      body: 'Use the link in your confirmation to change the time, the party size or to cancel. Please let us know at least 4 hours before; for groups of 8 or more, 24 hours.',
      keywords: ['cancel', 'change', 'modify reservation', 'party size'],
    },
    'zh-CN': {
      title: '修改或取消订座',
      body: '通过确认信息中的链接修改时间、人数或取消订座。请至少提前4小时告知；8人以上的团体请提前24小时。',
      keywords: ['取消订座', '改时间', '改人数', '修改预订'],
    },
    'zh-TW': {
      title: '修改或取消訂位',
      body: '透過確認訊息中的連結修改時間、人數或取消訂位。請至少提前4小時告知；8人以上的團體請提前24小時。',
      keywords: ['取消訂位', '改時間', '改人數', '修改訂位'],
    },
  },
  'private-dining': {
    en: {
      title: 'Large groups and the private room',
      body: 'Groups of 8 to 30 can book our private room with a set menu. A deposit of 20 dollars per guest secures the room and is taken off the final bill.',
      keywords: ['group', 'private room', 'party', 'set menu', 'deposit'],
    },
    'zh-CN': {
      title: '团体聚餐与包间',
      body: '8至30人的团体可预订包间并选择套餐。每位需支付20元订金以保留包间，结账时从总额中扣除。',
      keywords: ['包间', '包厢', '聚餐', '团体', '订金'],
    },
    'zh-TW': {
      title: '團體聚餐與包廂',
      body: '8至30人的團體可預訂包廂並選擇套餐。每位需支付新台幣500元訂金以保留包廂，結帳時從總額中扣除。',
      keywords: ['包廂', '聚餐', '團體', '訂金'],
    },
  },
  'dietary-needs': {
    en: {
      title: 'Allergies, vegetarian and vegan food',
      body: 'Our menu marks vegetarian, vegan and gluten-free dishes. Tell your server about any allergy before ordering; the kitchen handles nuts and shellfish.',
      keywords: ['allergy', 'vegetarian', 'vegan', 'gluten-free', 'dietary'],
    },
    'zh-CN': {
      title: '过敏与素食',
      body: '菜单上标注了素食、纯素和无麸质菜品。点餐前请告诉服务员你的过敏情况；厨房会处理坚果和贝类。',
      keywords: ['过敏', '素食', '吃素', '无麸质'],
    },
    'zh-TW': {
      title: '過敏與素食',
      body: '菜單上標示了素食、全素和無麩質餐點。點餐前請告訴服務人員你的過敏狀況；廚房會處理堅果和貝類。',
      keywords: ['過敏', '素食', '吃素', '無麩質'],
    },
  },
  'children-welcome': {
    en: {
      title: 'Dining with children',
      body: 'Children are welcome at lunch and until 8 pm. We have high chairs, a kids menu and space for a stroller; please mention them when you reserve.',
      keywords: ['children', 'kids menu', 'high chair', 'family'],
    },
    'zh-CN': {
      title: '带小孩用餐',
      body: '午餐及晚上8点前欢迎儿童。我们提供儿童座椅、儿童餐，也有放婴儿车的空间；订座时请注明。',
      keywords: ['儿童', '儿童餐', '宝宝椅', '亲子'],
    },
    'zh-TW': {
      title: '帶小孩用餐',
      body: '午餐及晚上8點前歡迎兒童。我們提供兒童座椅、兒童餐，也有放嬰兒車的空間；訂位時請註明。',
      keywords: ['兒童', '兒童餐', '兒童椅', '親子'],
    },
  },
  'opening-times': {
    en: {
      title: 'Opening times',
      body: 'Lunch 11:30 am to 2:30 pm, dinner 5:30 pm to 10 pm, Tuesday to Sunday. Closed on Mondays. The kitchen takes last orders 30 minutes before closing.',
      keywords: ['hours', 'open', 'closed', 'monday', 'last order'],
    },
    'zh-CN': {
      title: '营业时间',
      body: '周二至周日午餐11:30–14:30，晚餐17:30–22:00，周一休息。厨房在打烊前30分钟停止点餐。',
      keywords: ['营业时间', '几点开门', '周一', '最后点餐'],
    },
    'zh-TW': {
      title: '營業時間',
      body: '週二至週日午餐11:30–14:30，晚餐17:30–22:00，週一公休。廚房在打烊前30分鐘最後點餐。',
      keywords: ['營業時間', '幾點開', '週一', '最後點餐', '公休'],
    },
  },
  'parking-and-access': {
    en: {
      title: 'Parking and step-free access',
      body: 'There is a public car park behind the restaurant, free after 6 pm. The dining room is step-free and has an accessible toilet.',
      keywords: ['parking', 'car park', 'wheelchair', 'accessible'],
    },
    'zh-CN': {
      title: '停车与无障碍',
      body: '餐厅后方有公共停车场，晚上6点后免费。用餐区无台阶，并设有无障碍洗手间。',
      keywords: ['停车', '停车场', '轮椅', '无障碍'],
    },
    'zh-TW': {
      title: '停車與無障礙',
      body: '餐廳後方有公共停車場，晚上6點後免費。用餐區無階梯，並設有無障礙廁所。',
      keywords: ['停車', '停車場', '輪椅', '無障礙'],
    },
  },
  corkage: {
    en: {
      title: 'Bringing your own wine',
      body: 'You may bring your own wine; we charge a corkage fee of 15 dollars per bottle. Spirits and beer from outside are not allowed.',
      keywords: ['byo', 'corkage', 'wine', 'alcohol'],
    },
    'zh-CN': {
      title: '自带酒水',
      body: '可以自带葡萄酒，每瓶收取开瓶费15元。不可自带烈酒和啤酒。',
      keywords: ['自带酒水', '开瓶费', '带酒', '红酒'],
    },
    'zh-TW': {
      title: '自備酒水',
      body: '可以自備葡萄酒，每瓶收取開瓶費新台幣300元。不可自備烈酒和啤酒。',
      keywords: ['自備酒水', '開瓶費', '帶酒', '紅酒'],
    },
  },
  celebrations: {
    en: {
      title: 'Birthdays and celebrations',
      body: 'Celebrating? Tell us when you reserve and we can prepare a cake with a message for 30 dollars, or you can bring your own cake for a small plating fee.',
      keywords: ['birthday', 'cake', 'anniversary', 'celebration'],
    },
    'zh-CN': {
      title: '生日与庆祝',
      body: '订座时告诉我们，可为你准备写字蛋糕（30元），也可以自带蛋糕，收取少量切蛋糕服务费。',
      keywords: ['生日', '蛋糕', '纪念日', '庆祝'],
    },
    'zh-TW': {
      title: '生日與慶祝',
      body: '訂位時告訴我們，可為你準備寫字蛋糕（新台幣600元），也可以自備蛋糕，酌收切蛋糕服務費。',
      keywords: ['生日', '蛋糕', '紀念日', '慶生'],
    },
  },
  'takeaway-delivery': {
    en: {
      title: 'Takeaway and delivery',
      body: 'Order takeaway by phone or online and collect it at the bar. We deliver within 5 km through our website from 6 pm.',
      keywords: ['takeaway', 'take out', 'delivery', 'order online'],
    },
    'zh-CN': {
      title: '外卖与打包',
      body: '可电话或在线下单外卖，到吧台自取。晚上6点起通过官网配送，范围5公里内。',
      keywords: ['外卖', '打包', '外送', '自取'],
    },
    'zh-TW': {
      title: '外帶與外送',
      body: '可電話或線上點餐外帶，到吧檯自取。晚上6點起透過官網外送，範圍5公里內。',
      keywords: ['外帶', '外送', '自取', '線上點餐'],
    },
  },
  'paying-the-bill': {
    en: {
      title: 'Paying the bill and service charge',
      body: 'We accept cards, contactless and cash. A 10% service charge is added for tables of 6 or more. You can split the bill at the table.',
      keywords: ['payment', 'bill', 'service charge', 'split the bill', 'card'],
    },
    'zh-CN': {
      title: '结账与服务费',
      body: '支持银行卡、手机支付和现金。6人以上餐桌加收10%服务费。可以在餐桌分开结账。',
      keywords: ['结账', '买单', '服务费', 'AA', '支付方式'],
    },
    'zh-TW': {
      title: '結帳與服務費',
      body: '可使用信用卡、行動支付和現金。6人以上加收10%服務費。可以在桌邊分開結帳。',
      keywords: ['結帳', '買單', '服務費', '分開付', '付款方式'],
    },
  },
  'gift-vouchers': {
    en: {
      title: 'Gift vouchers',
      body: 'Gift vouchers from 25 dollars can be bought online or at the restaurant and are valid for 12 months on food and drinks.',
      keywords: ['gift voucher', 'gift card', 'present'],
    },
    'zh-CN': {
      title: '礼品券',
      body: '25元起的礼品券可在线或到店购买，12个月内可用于餐饮消费。',
      keywords: ['礼品券', '礼品卡', '代金券', '送礼'],
    },
    'zh-TW': {
      title: '禮券',
      body: '新台幣500元起的禮券可線上或到店購買，12個月內可用於餐飲消費。',
      keywords: ['禮券', '禮物卡', '餐券', '送禮'],
    },
  },
  'walk-ins-waitlist': {
    en: {
      title: 'Walk-ins and the waiting list',
      body: 'We keep some tables for guests without a reservation. When we are full, leave your number at the door and we text you when a table is free.',
      keywords: ['walk-in', 'waitlist', 'queue', 'no reservation'],
    },
    'zh-CN': {
      title: '未订座与排队',
      body: '我们保留部分餐位给未订座的客人。客满时请在门口登记手机号，有空位时会短信通知你。',
      keywords: ['排队', '等位', '没订座', '现场'],
    },
    'zh-TW': {
      title: '現場候位',
      body: '我們保留部分座位給沒有訂位的客人。客滿時請在門口登記手機號碼，有空位時會以簡訊通知你。',
      keywords: ['候位', '排隊', '沒訂位', '現場'],
    },
  },
  'pets-terrace': {
    en: {
      title: 'Dogs on the terrace',
      body: 'Well-behaved dogs are welcome on our outdoor terrace, where we bring a water bowl. Only assistance dogs may come inside.',
      keywords: ['dog', 'pet', 'terrace', 'outdoor seating'],
    },
    'zh-CN': {
      title: '露台可带狗',
      body: '欢迎乖巧的狗狗在户外露台用餐，我们会提供水碗。室内仅允许导盲犬等服务犬进入。',
      keywords: ['宠物', '带狗', '露台', '户外座位'],
    },
    'zh-TW': {
      title: '露台可帶狗',
      body: '歡迎乖巧的狗狗在戶外露台用餐，我們會提供水碗。室內僅允許導盲犬等服務犬進入。',
      keywords: ['寵物', '帶狗', '露台', '戶外座位'],
    },
  },
  'wechat-order': {
    'zh-CN': {
      title: '微信扫码点餐',
      body: '入座后用微信扫描桌上的二维码即可点餐和加菜，结账时也可直接用微信支付。',
      keywords: ['扫码点餐', '二维码', '微信', '加菜'],
    },
  },
  'uniform-invoice': {
    'zh-TW': {
      title: '統一發票與載具',
      body: '結帳時可開立電子發票，需要打統編請告知服務人員，也可以存入手機條碼載具。',
      keywords: ['發票', '統編', '載具', '手機條碼'],
    },
  },
};

/** Every restaurant article with its topic, as article input (the topic is its translation group). */
export function restaurantArticles(): Array<ArticleInput & { topic: string; group: string }> {
  return topicArticles(restaurantTopics);
}
