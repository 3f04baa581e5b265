import { defineCatalog } from '../catalog.js';
import { accountsEn, type AccountsKey } from './en.js';
import { accountsZhCN } from './zh-CN.js';
import { accountsZhTW } from './zh-TW.js';
import { accountsAr } from './ar.js';

/** The console's going-live screens (set-up, sites, team, account, API keys): admins' and new people's strings only. */
export const accountsCatalogs = defineCatalog<AccountsKey>(accountsEn, { 'zh-CN': accountsZhCN, 'zh-TW': accountsZhTW, ar: accountsAr });
