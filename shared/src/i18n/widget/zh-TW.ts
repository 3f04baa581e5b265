import type { WidgetKey } from './en.js';

/** 繁體中文 */
export const widgetZhTW: Record<WidgetKey, string> = {
  'widget.reply.minutes': '我們通常在幾分鐘內回覆',
  'widget.reply.hours': '我們通常在幾小時內回覆',
  'widget.reply.day': '我們通常在一天內回覆',
  'widget.reply.off': '有問題儘管問我們',
  'widget.reply.away': '我們現在不在線',
  'widget.greeting': '您好！有什麼可以幫您？',
  'widget.transcript.label': '對話',
  'widget.team': '團隊',
};
