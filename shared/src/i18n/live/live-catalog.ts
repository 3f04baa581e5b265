import { defineCatalog } from '../catalog.js';
import { liveAr } from './ar.js';
import { liveEn, type LiveKey } from './en.js';
import { liveZhCN } from './zh-CN.js';
import { liveZhTW } from './zh-TW.js';

/** The console's strings of the live conversation (the widget's are in widget/conversation-*.ts). */
export const liveCatalogs = defineCatalog<LiveKey>(liveEn, { 'zh-CN': liveZhCN, 'zh-TW': liveZhTW, ar: liveAr });
export type { LiveKey };
