import { defineCatalog } from '../catalog.js';
import { supervisionAr } from './ar.js';
import { supervisionEn, type SupervisionKey } from './en.js';
import { supervisionZhCN } from './zh-CN.js';
import { supervisionZhTW } from './zh-TW.js';

/** The console's supervision strings (live board, assign, watch, whisper, take over): supervisors' and admins' mostly. */
export const supervisionCatalogs = defineCatalog<SupervisionKey>(supervisionEn, { 'zh-CN': supervisionZhCN, 'zh-TW': supervisionZhTW, ar: supervisionAr });
