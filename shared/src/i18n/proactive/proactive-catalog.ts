import { defineCatalog } from '../catalog.js';
import { proactiveEn, type ProactiveKey } from './en.js';
import { proactiveZhCN } from './zh-CN.js';
import { proactiveZhTW } from './zh-TW.js';
import { proactiveAr } from './ar.js';

/**
 * Proactive chat's strings, kept apart from the main catalogs: they are the console's (and
 * the tracker's one label, baked in at build time), and the widget's app bundle, which
 * carries the main catalogs, should not pay for them.
 */
export const proactiveCatalogs = defineCatalog<ProactiveKey>(proactiveEn, { 'zh-CN': proactiveZhCN, 'zh-TW': proactiveZhTW, ar: proactiveAr });
