import type { UiKey } from './en.js';

/** العربية */
export const uiAr: Record<UiKey, string> = {
  'ui.close': 'إغلاق',
  'ui.copy': 'نسخ',
  'ui.copied': 'تم النسخ',
  'ui.copyFailed': 'حدّد النص وانسخه',
  'ui.loading': 'جارٍ التحميل…',
  'ui.retry': 'إعادة المحاولة',
  'ui.unreachable': 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مجددًا.',
  'ui.forbidden': 'هذه الصفحة للمسؤولين فقط.',
  'ui.loadFailed': 'تعذّر التحميل: {reason}',
  'ui.optional': 'اختياري',
};
