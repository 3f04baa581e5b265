import { defineCatalog } from '../catalog.js';
import { teamworkAr } from './ar.js';
import { teamworkEn, type TeamworkKey } from './en.js';
import { teamworkZhCN } from './zh-CN.js';
import { teamworkZhTW } from './zh-TW.js';

/** The console's tags and mentions: the header's chips and menu, the list's filter, the Tags page, the Mentions view. */
export const teamworkCatalogs = defineCatalog<TeamworkKey>(teamworkEn, { 'zh-CN': teamworkZhCN, 'zh-TW': teamworkZhTW, ar: teamworkAr });
export type { TeamworkKey };
