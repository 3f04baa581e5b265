import { questionsOf as q, type LabelledQuestion } from './labelled-questions.js';

/**
 * FRESH labelled questions over the restaurant help centre (restaurant-articles.ts), written
 * after the ranking and synonym changes they check and read only as totals: where the held-out
 * clinic set (held-out-questions.ts) has been looked at question by question, this one has not,
 * so it is the least fitted view of how search does on a business it has never seen.
 */
export const freshQuestions: LabelledQuestion[] = [
  ...q('en', 'direct', [
    ['How do I reserve a table?', 'reserve-table'],
    ['Can I cancel my reservation?', 'change-reservation'],
    ['Do you have vegan dishes?', 'dietary-needs'],
    ['What are your opening times?', 'opening-times'],
    ['Do you sell gift vouchers?', 'gift-vouchers'],
  ]),
  ...q('en', 'reworded', [
    ['We are a party of 12, is there a separate room?', 'private-dining'],
    ['My son is allergic to peanuts, is the food safe?', 'dietary-needs'],
    ['Is there somewhere for my toddler to sit?', 'children-welcome'],
    ['Can we bring a bottle of red with us?', 'corkage'],
    ['Could you do something special for my wife\'s 40th?', 'celebrations'],
    ['Can I pick up food to eat at home?', 'takeaway-delivery'],
    ['Is the tip included?', 'paying-the-bill'],
    ['Can we just come in without booking?', 'walk-ins-waitlist'],
    ['Can my dog sit with us outside?', 'pets-terrace'],
  ]),
  ...q('en', 'colloquial', [
    ['need to push my booking back an hour', 'change-reservation'],
    ['r u open mondays', 'opening-times'],
    ['any veggie options?', 'dietary-needs'],
    ['can we split the check', 'paying-the-bill'],
    ['wheelchair ok?', 'parking-and-access'],
    ['table for 2 tonight?', 'reserve-table'],
  ]),
  ...q('en', 'typo', [
    ['resevation for friday', 'reserve-table'],
    ['glutn free menu', 'dietary-needs'],
    ['birthday cake delivry', 'celebrations'],
    ['corkage fe', 'corkage'],
    ['can i cancle my table', 'change-reservation'],
  ]),
  ...q('en', 'regional', [
    ['Do you do takeout?', 'takeaway-delivery'],
    ['Is there a parking lot nearby?', 'parking-and-access'],
    ['Do you have a highchair and space for a pushchair?', 'children-welcome'],
    ['Where can I leave my car?', 'parking-and-access'],
    ['Can I pay with my phone?', 'paying-the-bill'],
  ]),
  ...q('zh-CN', 'direct', [
    ['怎么订座？', 'reserve-table'],
    ['可以取消订座吗？', 'change-reservation'],
    ['有素食吗？', 'dietary-needs'],
    ['营业时间是几点？', 'opening-times'],
    ['可以自带酒水吗？', 'corkage'],
  ]),
  ...q('zh-CN', 'reworded', [
    ['我们十几个人聚会有单独的房间吗', 'private-dining'],
    ['孩子对花生过敏能吃吗', 'dietary-needs'],
    ['小朋友有专门的椅子吗', 'children-welcome'],
    ['给老婆过生日能帮忙准备吗', 'celebrations'],
    ['能不能带回家吃', 'takeaway-delivery'],
    ['吃完可以各付各的吗', 'paying-the-bill'],
    ['没提前订能直接来吃吗', 'walk-ins-waitlist'],
  ]),
  ...q('zh-CN', 'colloquial', [
    ['周一开不', 'opening-times'],
    ['能带狗不', 'pets-terrace'],
    ['今晚还有位子没', 'reserve-table'],
    ['晚点到位子还留吗', 'reserve-table'],
  ]),
  ...q('zh-CN', 'typo', [
    ['怎么定座', 'reserve-table'],
    ['开平费多少', 'corkage'],
  ]),
  ...q('zh-CN', 'regional', [
    ['可以外带吗', 'takeaway-delivery'],
    ['有包厢吗', 'private-dining'],
    ['能用行动支付吗', 'paying-the-bill'],
    ['有礼券吗', 'gift-vouchers'],
  ]),
  ...q('zh-CN', 'cross-script', [
    ['发票可以打统编吗', 'uniform-invoice'],
    ['手机载具可以存吗', 'uniform-invoice'],
  ]),
  ...q('zh-CN', 'short', [
    ['停车', 'parking-and-access'],
    ['蛋糕', 'celebrations'],
    ['外卖', 'takeaway-delivery'],
    ['排队', 'walk-ins-waitlist'],
  ]),
  ...q('zh-TW', 'direct', [
    ['怎麼訂位？', 'reserve-table'],
    ['可以取消訂位嗎？', 'change-reservation'],
    ['有素食嗎？', 'dietary-needs'],
    ['營業時間是幾點？', 'opening-times'],
    ['可以自備酒水嗎？', 'corkage'],
  ]),
  ...q('zh-TW', 'reworded', [
    ['我們十幾個人聚餐有獨立的房間嗎', 'private-dining'],
    ['小孩對花生過敏可以吃嗎', 'dietary-needs'],
    ['有給小朋友坐的椅子嗎', 'children-welcome'],
    ['幫老婆慶生可以幫忙準備嗎', 'celebrations'],
    ['可以帶回家吃嗎', 'takeaway-delivery'],
    ['吃完可以各付各的嗎', 'paying-the-bill'],
    ['沒有先訂可以直接來吃嗎', 'walk-ins-waitlist'],
  ]),
  ...q('zh-TW', 'colloquial', [
    ['禮拜一有開嗎', 'opening-times'],
    ['可以帶狗嗎', 'pets-terrace'],
    ['今晚還有位子嗎', 'reserve-table'],
    ['晚點到位子還會留嗎', 'reserve-table'],
  ]),
  ...q('zh-TW', 'typo', [
    ['怎麼定位', 'reserve-table'],
    ['開平費多少', 'corkage'],
  ]),
  ...q('zh-TW', 'regional', [
    ['可以打包嗎', 'takeaway-delivery'],
    ['有包間嗎', 'private-dining'],
    ['能用手機支付嗎', 'paying-the-bill'],
    ['有代金券嗎', 'gift-vouchers'],
  ]),
  ...q('zh-TW', 'cross-script', [
    ['可以用微信掃碼點餐嗎', 'wechat-order'],
    ['掃二維碼怎麼加菜', 'wechat-order'],
  ]),
  ...q('zh-TW', 'short', [
    ['停車', 'parking-and-access'],
    ['蛋糕', 'celebrations'],
    ['外送', 'takeaway-delivery'],
    ['候位', 'walk-ins-waitlist'],
  ]),
];
