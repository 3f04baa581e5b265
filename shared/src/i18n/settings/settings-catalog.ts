import { defineCatalog } from '../catalog.js';
import { settingsEn, type SettingsKey } from './en.js';
import { settingsZhCN } from './zh-CN.js';
import { settingsZhTW } from './zh-TW.js';
import { settingsAr } from './ar.js';

/**
 * The console's Settings strings, kept apart from the main catalogs: only admins' consoles show
 * them, and the widget's bundle, which carries the main catalogs, should not pay for them.
 */
export const settingsCatalogs = defineCatalog<SettingsKey>(settingsEn, { 'zh-CN': settingsZhCN, 'zh-TW': settingsZhTW, ar: settingsAr });
