import { defineCatalog } from '../catalog.js';
import { adminAr } from './ar.js';
import { adminEn, type AdminKey } from './en.js';
import { adminZhCN } from './zh-CN.js';
import { adminZhTW } from './zh-TW.js';

/** The console's admin pages: intros, captions, empty states, drawer titles, confirmations. */
export const adminCatalogs = defineCatalog<AdminKey>(adminEn, { 'zh-CN': adminZhCN, 'zh-TW': adminZhTW, ar: adminAr });
