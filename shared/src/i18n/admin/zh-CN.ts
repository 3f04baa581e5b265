import type { AdminKey } from './en.js';
import { adminEn } from './en.js';

export const adminZhCN: Record<AdminKey, string> = { ...adminEn };
