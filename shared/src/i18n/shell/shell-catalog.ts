import { defineCatalog } from '../catalog.js';
import { shellAr } from './ar.js';
import { shellEn, type ShellKey } from './en.js';
import { shellZhCN } from './zh-CN.js';
import { shellZhTW } from './zh-TW.js';

/** The console's frame: rail, person menu, the inbox's panes, shortcuts. */
export const shellCatalogs = defineCatalog<ShellKey>(shellEn, { 'zh-CN': shellZhCN, 'zh-TW': shellZhTW, ar: shellAr });
