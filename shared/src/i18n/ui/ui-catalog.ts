import { defineCatalog } from '../catalog.js';
import { uiEn, type UiKey } from './en.js';
import { uiZhCN } from './zh-CN.js';
import { uiZhTW } from './zh-TW.js';
import { uiAr } from './ar.js';

/** The console's design-system components: Close, Copy, Loading, Try again. */
export const uiCatalogs = defineCatalog<UiKey>(uiEn, { 'zh-CN': uiZhCN, 'zh-TW': uiZhTW, ar: uiAr });
