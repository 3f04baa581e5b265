import { defineCatalog } from '../catalog.js';
import { searchAr } from './ar.js';
import { searchEn, type SearchKey } from './en.js';
import { searchZhCN } from './zh-CN.js';
import { searchZhTW } from './zh-TW.js';

/** The console's conversation search strings. */
export const searchCatalogs = defineCatalog<SearchKey>(searchEn, { 'zh-CN': searchZhCN, 'zh-TW': searchZhTW, ar: searchAr });
export type { SearchKey };
