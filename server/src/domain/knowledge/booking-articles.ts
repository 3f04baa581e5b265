import type { ArticleInput } from '@parley/shared';
import { topicArticles, type HelpCentreTopics } from './help-centre-topics.js';

/**
 * A booking business's help centre (a wellness studio: massage, spa, yoga), in English,
 * Simplified and Traditional Chinese; a few topics exist in one Chinese script only, as real
 * help centres do. With the shop samples it is the corpus of the labelled questions
 * (labelled-questions.ts) that tune and measure search; it is not seeded anywhere.
 */
export const bookingTopics: HelpCentreTopics = {
  'book-appointment': {
    en: {
      title: 'How to book an appointment',
      body: 'Book online at any time: choose a treatment, a therapist and a free time slot, then confirm with your phone number. You can also call the front desk during opening hours. Online bookings are confirmed instantly.',
      keywords: ['book', 'booking', 'make a reservation', 'appointment', 'schedule a session'],
    },
    'zh-CN': {
      title: '如何预约服务',
      body: '你可以随时在线预约：选择项目、理疗师和空闲时段，填写手机号即可确认。营业时间内也可以致电前台预约。在线预约会立即确认。',
      keywords: ['预约', '预订', '订位', '怎么约', '约时间'],
    },
    'zh-TW': {
      title: '如何預約服務',
      body: '你可以隨時在線上預約：選擇療程、芳療師和空檔時段，填寫手機號碼即可確認。營業時間內也可以致電櫃檯預約。線上預約會立即確認。',
      keywords: ['預約', '預訂', '訂位', '怎麼約', '約時間'],
    },
  },
  reschedule: {
    en: {
      title: 'Reschedule a booking',
      body: 'You can move your appointment to another day or time for free up to **24 hours** before it starts: open the link in your confirmation and choose *Change time*. Within 24 hours, please call us.',
      keywords: ['reschedule', 'change time', 'move appointment', 'different day', 'postpone'],
    },
    'zh-CN': {
      title: '更改预约时间',
      body: '在开始前**24小时**以上，可以免费改到其他日期或时段：打开确认短信中的链接，选择“更改时间”。不足24小时请致电我们。',
      keywords: ['改期', '改时间', '更改预约', '换个时间', '延期'],
    },
    'zh-TW': {
      title: '更改預約時間',
      body: '在開始前**24小時**以上，可以免費改到其他日期或時段：打開確認簡訊中的連結，選擇「更改時間」。不足24小時請致電我們。',
      keywords: ['改期', '改時間', '更改預約', '換個時間', '延期'],
    },
  },
  'cancel-booking': {
    en: {
      title: 'Cancellation policy',
      body: 'Cancelling is free up to **24 hours** before your appointment. Later cancellations are charged 50% of the treatment price. Cancel with the link in your confirmation email or text.',
      keywords: ['cancel', 'cancellation fee', 'cancel appointment', 'call off'],
    },
    'zh-CN': {
      title: '取消预约的规定',
      body: '预约开始前**24小时**以上取消不收费；之后取消将收取项目价格的50%。可通过确认邮件或短信中的链接取消。',
      keywords: ['取消预约', '取消', '取消费', '不去了'],
    },
    'zh-TW': {
      title: '取消預約的規定',
      body: '預約開始前**24小時**以上取消不收費；之後取消將收取療程價格的50%。可透過確認郵件或簡訊中的連結取消。',
      keywords: ['取消預約', '取消', '取消費', '不去了'],
    },
  },
  deposit: {
    en: {
      title: 'Deposits for longer treatments',
      body: 'Treatments of 90 minutes or more need a **20% deposit** when you book. The deposit is taken off the final bill and refunded in full if you cancel in time.',
      keywords: ['deposit', 'down payment', 'pay in advance', 'prepayment'],
    },
    'zh-CN': {
      title: '长时间项目需付定金',
      body: '90分钟及以上的项目在预约时需支付**20%定金**。定金会从最终账单中扣除，按时取消可全额退还。',
      keywords: ['定金', '预付', '押金', '先付钱'],
    },
    'zh-TW': {
      title: '長時間療程需付訂金',
      body: '90分鐘以上的療程在預約時需支付**20%訂金**。訂金會從最後帳單中扣除，準時取消可全額退還。',
      keywords: ['訂金', '預付', '押金', '先付錢'],
    },
  },
  'no-show': {
    en: {
      title: 'Late arrival and no-shows',
      body: 'If you arrive more than 15 minutes late, your treatment is shortened so the next guest is not kept waiting. A **no-show** (missing the appointment without cancelling) is charged the full price.',
      keywords: ['no-show', 'late', 'running late', 'missed appointment', 'forgot my appointment'],
    },
    'zh-CN': {
      title: '迟到与爽约',
      body: '迟到超过15分钟，服务时间会相应缩短，以免耽误下一位客人。未取消且未到店（爽约）将收取全额费用。',
      keywords: ['迟到', '爽约', '没去', '错过预约', '晚到'],
    },
    'zh-TW': {
      title: '遲到與未到',
      body: '遲到超過15分鐘，療程時間會相應縮短，以免耽誤下一位客人。未取消也未到店將收取全額費用。',
      keywords: ['遲到', '未到', '沒去', '錯過預約', '晚到'],
    },
  },
  'opening-hours': {
    en: {
      title: 'Opening hours',
      body: 'Monday to Friday 10:00–21:00, Saturday and Sunday 9:00–18:00. We are closed on public holidays. The last treatment starts one hour before closing.',
      keywords: ['hours', 'opening times', 'when are you open', 'weekend', 'holiday'],
    },
    'zh-CN': {
      title: '营业时间',
      body: '周一至周五 10:00–21:00，周六、周日 9:00–18:00，法定节假日休息。最后一个项目在打烊前一小时开始。',
      keywords: ['营业时间', '几点开门', '几点关门', '周末', '节假日'],
    },
    'zh-TW': {
      title: '營業時間',
      body: '週一至週五 10:00–21:00，週六、週日 9:00–18:00，國定假日公休。最後一個療程在打烊前一小時開始。',
      keywords: ['營業時間', '幾點開門', '幾點關門', '週末', '國定假日'],
    },
  },
  parking: {
    en: {
      title: 'Parking',
      body: 'Guests park free for 2 hours in the underground car park (level B2) of our building. Bring your parking ticket to the front desk to have it stamped.',
      keywords: ['parking', 'car park', 'drive', 'car', 'garage'],
    },
    'zh-CN': {
      title: '停车',
      body: '客人可在本大楼地下停车场（B2层）免费停车2小时。请将停车票带到前台盖章。',
      keywords: ['停车', '停车场', '开车', '车位', '免费停车'],
    },
    'zh-TW': {
      title: '停車',
      body: '客人可在本大樓地下停車場（B2層）免費停車2小時。請將停車票帶到櫃檯蓋章。',
      keywords: ['停車', '停車場', '開車', '車位', '免費停車'],
    },
  },
  transport: {
    en: {
      title: 'Getting here by public transport',
      body: 'Take the subway (Line 2) to Riverside station, exit 3; we are a 3-minute walk away. Buses 18 and 42 stop right outside.',
      keywords: ['directions', 'subway', 'metro', 'bus', 'address', 'how to get there'],
    },
    'zh-CN': {
      title: '乘坐公共交通前往',
      body: '乘坐地铁2号线到河滨站3号出口，步行3分钟即到。18路和42路公交车在门口停靠。',
      keywords: ['地址', '怎么走', '地铁', '公交', '交通'],
    },
    'zh-TW': {
      title: '搭乘大眾運輸前往',
      body: '搭乘捷運2號線到河濱站3號出口，步行3分鐘即到。18路和42路公車在門口停靠。',
      keywords: ['地址', '怎麼走', '捷運', '公車', '交通'],
    },
  },
  accessibility: {
    en: {
      title: 'Wheelchair access',
      body: 'The studio is on the 2nd floor and has step-free access from the street by lift. Treatment rooms and one restroom are wheelchair accessible. Tell us when booking if you need help.',
      keywords: ['wheelchair', 'accessible', 'lift', 'disabled access', 'stairs'],
    },
    'zh-CN': {
      title: '无障碍设施',
      body: '工作室位于二楼，从街面可乘电梯无台阶到达。理疗室和一间洗手间可供轮椅使用。如需协助，请在预约时告诉我们。',
      keywords: ['无障碍', '轮椅', '电梯', '行动不便', '楼梯'],
    },
    'zh-TW': {
      title: '無障礙設施',
      body: '工作室位於二樓，從街面可搭電梯無階梯到達。療程室和一間化妝室可供輪椅使用。如需協助，請在預約時告訴我們。',
      keywords: ['無障礙', '輪椅', '電梯', '行動不便', '樓梯'],
    },
  },
  'gift-cards': {
    en: {
      title: 'Gift cards',
      body: 'Gift cards are sold online and at the front desk for any amount from $30. They are valid for 12 months and can be used for any treatment or product. Lost gift cards can be replaced with the purchase receipt.',
      keywords: ['gift card', 'voucher', 'present', 'gift certificate'],
    },
    'zh-CN': {
      title: '礼品卡',
      body: '礼品卡可在网上或前台购买，面额30元起。有效期12个月，可用于任何项目或产品。礼品卡遗失可凭购买凭证补办。',
      keywords: ['礼品卡', '礼券', '送礼', '代金券'],
    },
    'zh-TW': {
      title: '禮物卡',
      body: '禮物卡可在網路或櫃檯購買，面額30元起。有效期12個月，可用於任何療程或產品。禮物卡遺失可憑購買證明補發。',
      keywords: ['禮物卡', '禮券', '送禮', '儲值卡'],
    },
  },
  pregnancy: {
    en: {
      title: 'Treatments during pregnancy',
      body: 'Our prenatal massage is safe from the second trimester (week 13) and is given by certified therapists. Please tell us you are pregnant when you book; saunas and hot stone treatments are not offered during pregnancy.',
      keywords: ['pregnancy', 'pregnant', 'prenatal massage', 'expecting'],
    },
    'zh-CN': {
      title: '孕期护理',
      body: '孕妇按摩从孕中期（第13周）起安全，由持证理疗师进行。预约时请告知怀孕情况；孕期不提供桑拿和热石项目。',
      keywords: ['怀孕', '孕妇', '孕妇按摩', '孕期'],
    },
    'zh-TW': {
      title: '孕期護理',
      body: '孕婦按摩從懷孕中期（第13週）起安全，由合格芳療師進行。預約時請告知懷孕狀況；孕期不提供三溫暖和熱石療程。',
      keywords: ['懷孕', '孕婦', '孕婦按摩', '孕期'],
    },
  },
  children: {
    en: {
      title: 'Children and age limits',
      body: 'Guests must be 16 or older for spa treatments; 16 and 17 year olds need a parent present. Kids yoga classes are for children aged 6 to 12.',
      keywords: ['children', 'kids', 'age limit', 'minimum age', 'teenager'],
    },
    'zh-CN': {
      title: '儿童与年龄限制',
      body: 'SPA项目仅限16岁及以上客人，16、17岁需家长陪同。儿童瑜伽课面向6至12岁的小朋友。',
      keywords: ['儿童', '小孩', '年龄限制', '几岁可以', '未成年'],
    },
    'zh-TW': {
      title: '兒童與年齡限制',
      body: 'SPA療程僅限16歲以上客人，16、17歲需家長陪同。兒童瑜伽課開放6至12歲的小朋友參加。',
      keywords: ['兒童', '小孩', '年齡限制', '幾歲可以', '未成年'],
    },
  },
  reminders: {
    en: {
      title: 'Booking confirmations and reminders',
      body: 'After booking you receive a confirmation by email and a text message (SMS). We send a reminder 24 hours before your appointment. Check your phone number in your account if nothing arrives.',
      keywords: ['confirmation', 'reminder', 'sms', 'text message', 'email'],
    },
    'zh-CN': {
      title: '预约确认与提醒',
      body: '预约后你会收到确认邮件和短信。我们会在预约前24小时发送提醒。如果没有收到，请在账号中检查手机号。',
      keywords: ['确认短信', '提醒', '短信', '没收到短信', '通知'],
    },
    'zh-TW': {
      title: '預約確認與提醒',
      body: '預約後你會收到確認郵件和簡訊。我們會在預約前24小時發送提醒。如果沒有收到，請在帳號中檢查手機號碼。',
      keywords: ['確認簡訊', '提醒', '簡訊', '沒收到簡訊', '通知'],
    },
  },
  'what-to-bring': {
    en: {
      title: 'What to bring and wear',
      body: 'Please arrive 10 minutes early. Towels, robes, slippers and lockers are provided, and there are showers in the changing rooms. For yoga, wear comfortable clothes; mats are available.',
      keywords: ['what to bring', 'what to wear', 'towels', 'shower', 'locker', 'yoga mat'],
    },
    'zh-CN': {
      title: '需要带什么、穿什么',
      body: '请提前10分钟到达。我们提供毛巾、浴袍、拖鞋和储物柜，更衣室内有淋浴。上瑜伽课请穿舒适的衣服，现场有瑜伽垫。',
      keywords: ['带什么', '穿什么', '毛巾', '淋浴', '储物柜', '瑜伽垫'],
    },
    'zh-TW': {
      title: '需要帶什麼、穿什麼',
      body: '請提前10分鐘到達。我們提供毛巾、浴袍、拖鞋和置物櫃，更衣室內有淋浴間。上瑜伽課請穿舒適的衣服，現場有瑜伽墊。',
      keywords: ['帶什麼', '穿什麼', '毛巾', '淋浴', '置物櫃', '瑜伽墊'],
    },
  },
  'membership-points': {
    'zh-CN': {
      title: '会员积分规则',
      body: '会员每消费1元累积1积分，100积分可抵扣10元。积分有效期两年，可在下次预约结账时使用。',
      keywords: ['会员', '积分', '积分抵扣', '会员卡'],
    },
  },
  'wechat-booking': {
    'zh-CN': {
      title: '通过微信小程序预约',
      body: '在微信搜索我们的小程序即可预约、改期和查看订单，预约成功后会收到微信服务通知。',
      keywords: ['微信', '小程序', '公众号', '微信预约'],
    },
  },
  'e-invoice': {
    'zh-TW': {
      title: '電子發票與統一編號',
      body: '結帳時可索取電子發票，如需報帳請提供公司統一編號。發票會寄到你留下的電子郵件，也可以存入手機載具。',
      keywords: ['發票', '統一編號', '統編', '載具', '收據'],
    },
  },
  'line-booking': {
    'zh-TW': {
      title: '用 LINE 預約',
      body: '加入我們的 LINE 官方帳號，點選選單中的「線上預約」即可預約或改期，預約前一天會收到 LINE 提醒。',
      keywords: ['LINE', '官方帳號', 'LINE預約', '加好友'],
    },
  },
};

/** Every booking article with its topic, as article input (the topic is its translation group). */
export function bookingArticles(): Array<ArticleInput & { topic: string; group: string }> {
  return topicArticles(bookingTopics);
}
