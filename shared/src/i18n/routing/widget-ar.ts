import type { RoutingWidgetKey } from './widget-en.js';

/** العربية */
export const routingWidgetAr: Record<RoutingWidgetKey, string> = {
  'widget.prechat.department': 'مع من تود التحدث؟',
  'widget.offline.intro': 'لسنا متاحين الآن. اترك رسالة وسنرد عليك بالبريد الإلكتروني.',
  'widget.offline.name': 'الاسم',
  'widget.offline.email': 'البريد الإلكتروني',
  'widget.offline.sent': 'شكرًا، وصلتنا رسالتك وسنرد عليك بالبريد الإلكتروني.',
  'widget.offline.title': 'اترك رسالة',
  'widget.offline.message': 'الرسالة',
  'widget.offline.submit': 'إرسال الرسالة',
  'widget.offline.back': 'العودة إلى المحادثة',
  'widget.offline.required': 'يُرجى ملء هذا الحقل.',
  'widget.offline.badEmail': 'أدخل بريدًا إلكترونيًا مثل name@example.com.',
  'widget.offline.failed': 'تعذر إرسال رسالتك. يُرجى المحاولة مرة أخرى.',
};
