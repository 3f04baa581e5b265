import type { WidgetKey } from './en.js';

/** العربية */
export const widgetAr: Record<WidgetKey, string> = {
  'widget.reply.minutes': 'نرد عادةً خلال بضع دقائق',
  'widget.reply.hours': 'نرد عادةً خلال بضع ساعات',
  'widget.reply.day': 'نرد عادةً خلال يوم',
  'widget.reply.off': 'اسألنا عن أي شيء',
  'widget.reply.away': 'لسنا متاحين الآن',
  'widget.greeting': 'مرحبًا! كيف يمكننا مساعدتك اليوم؟',
  'widget.transcript.label': 'المحادثة',
  'widget.team': 'الفريق',
};
