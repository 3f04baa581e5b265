import type { UiKey } from './en.js';

/** 简体中文 */
export const uiZhCN: Record<UiKey, string> = {
  'ui.close': '关闭',
  'ui.copy': '复制',
  'ui.copied': '已复制',
  'ui.copyFailed': '请选中后复制',
  'ui.loading': '正在加载…',
  'ui.retry': '重试',
  'ui.unreachable': '无法连接服务器。请检查网络后重试。',
  'ui.forbidden': '只有管理员可以查看此页面。',
  'ui.loadFailed': '无法加载：{reason}',
  'ui.optional': '选填',
};
