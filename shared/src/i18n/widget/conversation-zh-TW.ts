import type { WidgetConversationKey } from './conversation-en.js';

/** 繁體中文 */
export const widgetConversationZhTW: Record<WidgetConversationKey, string> = {
  'widget.message.sent': '已傳送',
  'widget.message.retry': '重試',
  'widget.joined': '{name} 加入了對話',
  'widget.newMessages': '新訊息',
  'widget.transcript.offer': '把對話記錄寄到我的信箱',
  'widget.transcript.email': '您的電子郵件',
  'widget.transcript.send': '寄送記錄',
  'widget.transcript.sent': '已寄到 {email}。',
  'widget.transcript.failed': '寄送失敗，請再試一次。',
  'widget.transcript.badEmail': '請輸入有效的電子郵件地址，例如 name@example.com。',
};
