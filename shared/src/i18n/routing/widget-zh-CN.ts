import type { RoutingWidgetKey } from './widget-en.js';

/** 简体中文 */
export const routingWidgetZhCN: Record<RoutingWidgetKey, string> = {
  'widget.prechat.department': '您想咨询哪个团队？',
  'widget.offline.intro': '我们现在不在线。请留言，我们会通过邮件回复您。',
  'widget.offline.name': '姓名',
  'widget.offline.email': '邮箱',
  'widget.offline.sent': '谢谢，我们已收到您的留言，会通过邮件回复您。',
  'widget.offline.title': '留言',
  'widget.offline.message': '留言内容',
  'widget.offline.submit': '发送留言',
  'widget.offline.back': '返回聊天',
  'widget.offline.required': '请填写此项。',
  'widget.offline.badEmail': '请输入有效的邮箱地址，例如 name@example.com。',
  'widget.offline.failed': '留言未能发送，请重试。',
};
