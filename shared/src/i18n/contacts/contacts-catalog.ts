import { defineCatalog } from '../catalog.js';
import { contactsAr } from './ar.js';
import { contactsEn, type ContactsKey } from './en.js';
import { contactsZhCN } from './zh-CN.js';
import { contactsZhTW } from './zh-TW.js';

/** The console's Contacts page, contact drawer and the contact panel's contact parts. */
export const contactsCatalogs = defineCatalog<ContactsKey>(contactsEn, { 'zh-CN': contactsZhCN, 'zh-TW': contactsZhTW, ar: contactsAr });
