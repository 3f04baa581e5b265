import type { Catalog } from './en.js';

/**
 * العربية: the widget's lines of the main catalog (and the system lines it shows). The
 * console's lines come later; until then they read English (`ar` is a new locale).
 */
export const ar: Partial<Catalog> = {
  'widget.launcher.open': 'فتح المحادثة',
  'widget.launcher.close': 'إغلاق المحادثة',
  'widget.header.title': 'تحدث معنا',
  // The console's live preview (console/src/sites/widget-preview.tsx) reads these two; they say what the
  // widget says (its families' widget.reply.minutes and widget.greeting), and the widget's build leaves them out.
  'widget.header.subtitle': 'نرد عادةً خلال بضع دقائق',
  'widget.empty': 'مرحبًا! كيف يمكننا مساعدتك اليوم؟',
  'widget.composer.placeholder': 'اكتب رسالة…',
  'widget.composer.send': 'إرسال',
  'widget.composer.label': 'الرسالة',
  'widget.status.offline': 'أنت غير متصل. ستُرسل الرسائل عند عودة الاتصال.',
  'widget.status.reconnecting': 'جارٍ إعادة الاتصال…',
  'widget.status.refused': 'المحادثة غير متاحة في هذه الصفحة.',
  'widget.message.you': 'أنت',
  'system.handoff.toHuman': 'جارٍ تحويلك إلى أحد الموظفين. كل ما كتبته يبقى هنا.',
  'system.handoff.toBot': '{name} (روبوت) يجيب الآن.',
  'system.resolved': 'تم وضع علامة «تم الحل».',
  'widget.kb.open': 'ابحث في مقالات المساعدة',
  'widget.kb.empty': 'لم يتم العثور على مقالات.',
  'widget.kb.back': 'رجوع',
};
