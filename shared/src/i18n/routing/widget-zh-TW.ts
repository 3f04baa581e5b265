import type { RoutingWidgetKey } from './widget-en.js';

/** 繁體中文 */
export const routingWidgetZhTW: Record<RoutingWidgetKey, string> = {
  'widget.prechat.department': '您想諮詢哪個團隊？',
  'widget.offline.intro': '我們現在不在線。請留言，我們會透過電子郵件回覆您。',
  'widget.offline.name': '姓名',
  'widget.offline.email': '電子郵件',
  'widget.offline.sent': '謝謝，我們已收到您的留言，會透過電子郵件回覆您。',
  'widget.offline.title': '留言',
  'widget.offline.message': '留言內容',
  'widget.offline.submit': '送出留言',
  'widget.offline.back': '返回聊天',
  'widget.offline.required': '請填寫此欄。',
  'widget.offline.badEmail': '請輸入有效的電子郵件地址，例如 name@example.com。',
  'widget.offline.failed': '留言未能送出，請再試一次。',
};
