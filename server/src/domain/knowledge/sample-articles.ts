import type { ArticleInput } from '@parley/shared';

type Localised = Record<'en' | 'zh-CN' | 'zh-TW', Omit<ArticleInput, 'locale'>>;

/**
 * The demo shop's help centre, in English, Simplified and Traditional Chinese: seeded into the
 * demo workspace and used by the search quality test (`knowledge-quality.test.ts`).
 */
export const sampleTopics: Record<string, Localised> = {
  'shipping-time': {
    en: {
      title: 'How long does delivery take?',
      body: 'Orders placed before 3 pm ship **the same day**. Delivery takes 2–4 business days within the country and 7–14 days for international orders.',
      keywords: ['delivery time', 'shipping time', 'arrive', 'when', 'days'],
    },
    'zh-CN': {
      title: '配送需要多长时间？',
      body: '下午3点前下单**当天发货**。国内配送需要2到4个工作日，国际订单需要7到14天送达。',
      keywords: ['发货时间', '配送时间', '几天到', '多久到货', '送达'],
    },
    'zh-TW': {
      title: '配送需要多長時間？',
      body: '下午3點前下單**當天出貨**。國內配送需要2到4個工作天，國際訂單需要7到14天送達。',
      keywords: ['出貨時間', '配送時間', '幾天到', '多久到貨', '送達'],
    },
  },
  'shipping-cost': {
    en: {
      title: 'Shipping fees and free shipping',
      body: 'Shipping is **free** on orders over $50. Below that a flat fee of $5 applies. International shipping costs are shown at checkout.',
      keywords: ['shipping cost', 'shipping fee', 'postage', 'free shipping', 'price of delivery'],
    },
    'zh-CN': {
      title: '运费与包邮',
      body: '订单满50元**包邮**，不满50元收取5元运费。国际运费在结账时显示。',
      keywords: ['运费', '邮费', '包邮', '免运费', '快递费'],
    },
    'zh-TW': {
      title: '運費與免運',
      body: '訂單滿50元**免運費**，未滿50元收取5元運費。國際運費在結帳時顯示。',
      keywords: ['運費', '郵費', '免運', '免運費', '快遞費'],
    },
  },
  returns: {
    en: {
      title: 'How to return an item',
      body: 'You can return unused items within **30 days**. Open *My orders*, choose the item and press **Return**, then print the label and drop the parcel at any post office.',
      keywords: ['return', 'send back', 'return label', 'exchange'],
    },
    'zh-CN': {
      title: '如何退货',
      body: '未使用的商品可在**30天内**退货。打开“我的订单”，选择商品并点击**退货**，打印退货单后交到任意邮局即可。',
      keywords: ['退货', '寄回', '退货单', '换货'],
    },
    'zh-TW': {
      title: '如何退貨',
      body: '未使用的商品可在**30天內**退貨。打開「我的訂單」，選擇商品並點擊**退貨**，列印退貨單後交到任一郵局即可。',
      keywords: ['退貨', '寄回', '退貨單', '換貨'],
    },
  },
  refunds: {
    en: {
      title: 'When will I get my refund?',
      body: 'Refunds go back to the original payment method within **5 business days** after we receive the returned item. Bank transfers may take a few more days to show.',
      keywords: ['refund', 'money back', 'reimburse', 'credit'],
    },
    'zh-CN': {
      title: '退款多久到账？',
      body: '收到退回的商品后，退款会在**5个工作日内**退回原支付方式。银行转账可能需要多几天才能到账。',
      keywords: ['退款', '退钱', '到账', '钱什么时候退'],
    },
    'zh-TW': {
      title: '退款多久入帳？',
      body: '收到退回的商品後，退款會在**5個工作天內**退回原付款方式。銀行轉帳可能需要多幾天才能入帳。',
      keywords: ['退款', '退錢', '入帳', '錢什麼時候退'],
    },
  },
  password: {
    en: {
      title: 'Reset your password',
      body: 'On the sign-in page choose **Forgot password?** and enter your email. We send a link that is valid for 1 hour. Check your spam folder if it does not arrive.',
      keywords: ['password', 'forgot password', 'reset', 'sign in', 'log in', 'login'],
    },
    'zh-CN': {
      title: '重置密码',
      body: '在登录页面点击**忘记密码**并输入邮箱，我们会发送一个1小时内有效的链接。如果没有收到，请检查垃圾邮件。',
      keywords: ['密码', '忘记密码', '重置密码', '登录不了', '登录'],
    },
    'zh-TW': {
      title: '重設密碼',
      body: '在登入頁面點擊**忘記密碼**並輸入電子郵件，我們會寄出一個1小時內有效的連結。如果沒有收到，請檢查垃圾郵件。',
      keywords: ['密碼', '忘記密碼', '重設密碼', '無法登入', '登入'],
    },
  },
  tracking: {
    en: {
      title: 'Track your order',
      body: 'When your order ships we email you a **tracking number**. You can also follow the parcel under *My orders* → *Track package*.',
      keywords: ['track', 'tracking number', 'where is my order', 'package status', 'parcel'],
    },
    'zh-CN': {
      title: '查询物流',
      body: '订单发货后，我们会通过邮件发送**物流单号**。你也可以在“我的订单”→“查看物流”中跟踪包裹。',
      keywords: ['物流', '快递单号', '我的包裹在哪', '查询订单', '订单状态'],
    },
    'zh-TW': {
      title: '查詢物流',
      body: '訂單出貨後，我們會以電子郵件寄送**物流單號**。你也可以在「我的訂單」→「查看物流」中追蹤包裹。',
      keywords: ['物流', '追蹤號碼', '我的包裹在哪', '查詢訂單', '訂單狀態'],
    },
  },
  payment: {
    en: {
      title: 'Payment methods we accept',
      body: 'We accept Visa, Mastercard, American Express, PayPal, Alipay and WeChat Pay. Cash on delivery is not available.',
      keywords: ['payment', 'pay', 'credit card', 'paypal', 'alipay', 'wechat pay'],
    },
    'zh-CN': {
      title: '支持哪些付款方式',
      body: '我们支持 Visa、万事达卡、美国运通、PayPal、支付宝和微信支付，暂不支持货到付款。',
      keywords: ['付款方式', '支付', '信用卡', '支付宝', '微信支付', '货到付款'],
    },
    'zh-TW': {
      title: '支援哪些付款方式',
      body: '我們支援 Visa、萬事達卡、美國運通、PayPal、支付寶和微信支付，暫不支援貨到付款。',
      keywords: ['付款方式', '支付', '信用卡', '支付寶', '微信支付', '貨到付款'],
    },
  },
  address: {
    en: {
      title: 'Change the delivery address of an order',
      body: 'You can change the address until the order ships: open *My orders*, choose the order and press **Edit address**. After shipping, contact us and we will try to redirect the parcel.',
      keywords: ['address', 'change address', 'wrong address', 'edit address', 'moved'],
    },
    'zh-CN': {
      title: '修改订单收货地址',
      body: '订单发货前可以修改地址：打开“我的订单”，选择订单并点击**修改地址**。发货后请联系我们，我们会尽量改派。',
      keywords: ['地址', '修改地址', '收货地址', '地址写错', '改地址'],
    },
    'zh-TW': {
      title: '修改訂單收件地址',
      body: '訂單出貨前可以修改地址：打開「我的訂單」，選擇訂單並點擊**修改地址**。出貨後請聯絡我們，我們會盡量改派。',
      keywords: ['地址', '修改地址', '收件地址', '地址寫錯', '改地址'],
    },
  },
  warranty: {
    en: {
      title: 'Warranty and repairs',
      body: 'Every product has a **2-year warranty** against defects. If something breaks, send us a photo and your order number and we will repair or replace it.',
      keywords: ['warranty', 'guarantee', 'repair', 'broken', 'defect', 'replace'],
    },
    'zh-CN': {
      title: '保修与维修',
      body: '所有商品享有**两年保修**。如果商品出现故障或损坏，请发送照片和订单号，我们会为你维修或更换。',
      keywords: ['保修', '维修', '坏了', '故障', '质量问题', '更换'],
    },
    'zh-TW': {
      title: '保固與維修',
      body: '所有商品享有**兩年保固**。如果商品出現故障或損壞，請傳送照片和訂單編號，我們會為你維修或更換。',
      keywords: ['保固', '維修', '壞了', '故障', '品質問題', '更換'],
    },
  },
  cancel: {
    en: {
      title: 'Cancel an order',
      body: 'Orders can be cancelled free of charge until they ship. Open *My orders* and press **Cancel order**; the full amount is refunded automatically.',
      keywords: ['cancel', 'cancel order', 'cancellation', 'do not want'],
    },
    'zh-CN': {
      title: '取消订单',
      body: '订单发货前可以免费取消。打开“我的订单”并点击**取消订单**，全部款项会自动原路退回。',
      keywords: ['取消订单', '取消', '不想要了', '撤销订单'],
    },
    'zh-TW': {
      title: '取消訂單',
      body: '訂單出貨前可以免費取消。打開「我的訂單」並點擊**取消訂單**，全部款項會自動原路退回。',
      keywords: ['取消訂單', '取消', '不想要了', '撤銷訂單'],
    },
  },
};

/** Every sample article with its topic, for seeding (the topic is its translation group). */
export function sampleArticles(): Array<ArticleInput & { topic: string; group: string }> {
  return Object.entries(sampleTopics).flatMap(([topic, byLocale]) =>
    (Object.entries(byLocale) as Array<[keyof Localised, Omit<ArticleInput, 'locale'>]>).map(([locale, a]) => ({ ...a, locale, group: topic, topic })),
  );
}
