import { defineCatalog } from '../catalog.js';
import { reportsAr } from './ar.js';
import { reportsEn, type ReportsKey } from './en.js';
import { reportsZhCN } from './zh-CN.js';
import { reportsZhTW } from './zh-TW.js';

/** The console's Reports page: supervisors' and admins' strings only. */
export const reportsCatalogs = defineCatalog<ReportsKey>(reportsEn, { 'zh-CN': reportsZhCN, 'zh-TW': reportsZhTW, ar: reportsAr });
