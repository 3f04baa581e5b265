import { describe, expect, it } from 'vitest';
import { defaultSiteSettings, type Site } from '@parley/shared';
import { routeFields } from './department-and-language.js';

const site = (locale: string | null, rules: { urlContains: string; departmentId: string }[] = []): Site => ({
  id: 's',
  workspaceId: 'w',
  key: 'k',
  name: 'Shop',
  allowedOrigins: ['*'],
  locale,
  settings: { ...defaultSiteSettings, departmentRules: rules },
  createdAt: 0,
});
const departments = [{ id: 'sales' }, { id: 'billing' }];

describe('the department and language rules of a first message', () => {
  it('prefers a rule preset, then the visitor choice, then the first matching page rule', () => {
    const rules = site(null, [{ urlContains: '/pricing', departmentId: 'sales' }]);
    expect(routeFields(rules, departments, { presetDepartmentId: 'billing', departmentId: 'sales' }).departmentId).toBe('billing');
    expect(routeFields(rules, departments, { departmentId: 'billing', pageUrl: 'https://x/pricing' }).departmentId).toBe('billing');
    expect(routeFields(rules, departments, { pageUrl: 'https://x/pricing' }).departmentId).toBe('sales');
    expect(routeFields(rules, departments, { pageUrl: 'https://x/blog' }).departmentId).toBeNull();
  });

  it('skips a department the workspace no longer has', () => {
    const rules = site(null, [{ urlContains: '/', departmentId: 'gone' }]);
    expect(routeFields(rules, departments, { presetDepartmentId: 'gone', departmentId: 'sales' }).departmentId).toBe('sales');
    expect(routeFields(rules, departments, { pageUrl: 'https://x/' }).departmentId).toBeNull();
  });

  it('writes system lines in the site language, else the visitor one Parley speaks, else English', () => {
    expect(routeFields(site('zh-TW'), departments, { locale: 'en-US' }).locale).toBe('zh-TW');
    expect(routeFields(site(null), departments, { locale: 'zh-CN' }).locale).toBe('zh-CN');
    expect(routeFields(site(null), departments, { locale: 'fr' }).locale).toBe('en');
  });
});
