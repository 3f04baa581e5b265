import type { AdminKey } from './en.js';
import { adminEn } from './en.js';

export const adminZhTW: Record<AdminKey, string> = { ...adminEn };
