import { defineCatalog } from '../catalog.js';
import { cannedAr } from './ar.js';
import { cannedEn, type CannedKey } from './en.js';
import { cannedZhCN } from './zh-CN.js';
import { cannedZhTW } from './zh-TW.js';

/** Canned replies: the console's page and pickers, and the fallback words of a reply's variables. */
export const cannedCatalogs = defineCatalog<CannedKey>(cannedEn, { 'zh-CN': cannedZhCN, 'zh-TW': cannedZhTW, ar: cannedAr });
