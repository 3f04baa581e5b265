import type { WidgetConversationKey } from './conversation-en.js';

/** العربية */
export const widgetConversationAr: Record<WidgetConversationKey, string> = {
  'widget.message.sent': 'أُرسلت',
  'widget.message.retry': 'إعادة المحاولة',
  'widget.joined': 'انضم {name} إلى المحادثة',
  'widget.newMessages': 'رسائل جديدة',
  'widget.transcript.offer': 'أرسل لي نص المحادثة بالبريد',
  'widget.transcript.email': 'بريدك الإلكتروني',
  'widget.transcript.send': 'أرسلها',
  'widget.transcript.sent': 'في الطريق إلى {email}.',
  'widget.transcript.failed': 'تعذر الإرسال. يُرجى المحاولة مرة أخرى.',
  'widget.transcript.badEmail': 'أدخل بريدًا إلكترونيًا مثل name@example.com.',
};
