import type { WidgetConversationKey } from './conversation-en.js';

/** 简体中文 */
export const widgetConversationZhCN: Record<WidgetConversationKey, string> = {
  'widget.message.sent': '已发送',
  'widget.message.retry': '重试',
  'widget.joined': '{name} 加入了对话',
  'widget.newMessages': '新消息',
  'widget.transcript.offer': '把对话记录发到我的邮箱',
  'widget.transcript.email': '您的邮箱',
  'widget.transcript.send': '发送记录',
  'widget.transcript.sent': '已发送到 {email}。',
  'widget.transcript.failed': '发送失败，请重试。',
  'widget.transcript.badEmail': '请输入有效的邮箱地址，例如 name@example.com。',
};
