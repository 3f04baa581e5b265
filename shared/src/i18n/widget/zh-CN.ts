import type { WidgetKey } from './en.js';

/** 简体中文 */
export const widgetZhCN: Record<WidgetKey, string> = {
  'widget.reply.minutes': '我们通常几分钟内回复',
  'widget.reply.hours': '我们通常几小时内回复',
  'widget.reply.day': '我们通常一天内回复',
  'widget.reply.off': '有问题尽管问我们',
  'widget.reply.away': '我们现在不在线',
  'widget.greeting': '您好！有什么可以帮您？',
  'widget.transcript.label': '对话',
  'widget.team': '团队',
};
