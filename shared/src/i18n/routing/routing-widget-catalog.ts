/**
 * The widget's routing strings: the queue place, the pre-chat department choice and the
 * leave-a-message form. Kept apart from the main catalogs, which every opened widget
 * downloads whole, because the widget shows these from an on-demand chunk only when they are
 * needed (widget/src/app/routing).
 */
import { defineCatalog } from '../catalog.js';

const en = {
  'widget.queue.position': 'You are number {position} in the queue.',
  'widget.queue.wait': 'Estimated wait: {time}.',
  'widget.prechat.department': 'Who would you like to talk to?',
  'widget.offline.intro': 'We are not available right now. Leave a message and we will reply by email.',
  'widget.offline.name': 'Name',
  'widget.offline.email': 'Email',
  'widget.offline.sent': 'Thank you, we got your message and will reply by email.',
} as const;

export type RoutingWidgetKey = keyof typeof en;

const zhCN: Record<RoutingWidgetKey, string> = {
  'widget.queue.position': '您在队列中排第 {position} 位。',
  'widget.queue.wait': '预计等待：{time}。',
  'widget.prechat.department': '您想咨询哪个团队？',
  'widget.offline.intro': '我们现在不在线。请留言，我们会通过邮件回复您。',
  'widget.offline.name': '姓名',
  'widget.offline.email': '邮箱',
  'widget.offline.sent': '谢谢，我们已收到您的留言，会通过邮件回复您。',
};

const zhTW: Record<RoutingWidgetKey, string> = {
  'widget.queue.position': '您在佇列中排第 {position} 位。',
  'widget.queue.wait': '預計等待：{time}。',
  'widget.prechat.department': '您想諮詢哪個團隊？',
  'widget.offline.intro': '我們現在不在線。請留言，我們會透過電子郵件回覆您。',
  'widget.offline.name': '姓名',
  'widget.offline.email': '電子郵件',
  'widget.offline.sent': '謝謝，我們已收到您的留言，會透過電子郵件回覆您。',
};

export const routingWidgetCatalogs = defineCatalog<RoutingWidgetKey>(en, { 'zh-CN': zhCN, 'zh-TW': zhTW });
