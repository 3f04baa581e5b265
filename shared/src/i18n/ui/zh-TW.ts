import type { UiKey } from './en.js';

/** 繁體中文 */
export const uiZhTW: Record<UiKey, string> = {
  'ui.close': '關閉',
  'ui.copy': '複製',
  'ui.copied': '已複製',
  'ui.copyFailed': '請選取後複製',
  'ui.loading': '載入中…',
  'ui.retry': '重試',
  'ui.unreachable': '無法連線到伺服器。請檢查網路後重試。',
  'ui.forbidden': '只有管理員可以檢視此頁面。',
  'ui.loadFailed': '無法載入：{reason}',
  'ui.optional': '選填',
};
