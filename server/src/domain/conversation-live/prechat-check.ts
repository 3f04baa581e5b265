import { z } from 'zod';
import { ErrorCode, type FieldIssue, type PrechatAnswers, type PrechatField } from '@parley/shared';
import { AppError } from '../../app-error.js';

const email = z.email().max(254);
const phone = /^\+?[0-9 ().-]{5,30}$/;

/**
 * Checks pre-chat answers against the site's form: known fields only, each of its kind (email,
 * phone, a department of the workspace, one of a select's options, a checkbox's boolean), and
 * every required field answered now or before. `bad_request` lists each bad field.
 * Returns the answers trimmed, without empty ones.
 */
export function checkPrechat(fields: PrechatField[], answers: PrechatAnswers, known: PrechatAnswers, departmentIds: string[]): PrechatAnswers {
  const issues: FieldIssue[] = [];
  const clean: PrechatAnswers = {};
  const bad = (id: string, message: string) => issues.push({ path: `answers.${id}`, message });
  for (const [id, raw] of Object.entries(answers)) {
    const field = fields.find((f) => f.id === id);
    if (!field) {
      bad(id, 'not a field of this form');
      continue;
    }
    if (field.kind === 'checkbox') {
      if (typeof raw !== 'boolean') bad(id, 'must be true or false');
      else clean[id] = raw;
      continue;
    }
    if (typeof raw !== 'string') {
      bad(id, 'must be text');
      continue;
    }
    const value = raw.trim();
    if (!value) continue;
    if (field.kind === 'email' && !email.safeParse(value.toLowerCase()).success) bad(id, 'must be an email address');
    else if (field.kind === 'phone' && !phone.test(value)) bad(id, 'must be a phone number');
    else if (field.kind === 'department' && !departmentIds.includes(value)) bad(id, 'no such department');
    else if (field.kind === 'select' && !field.options?.some((o) => o.value === value)) bad(id, 'must be one of the choices');
    else if (value.length > (field.kind === 'name' ? 120 : 1000)) bad(id, 'too long');
    else clean[id] = field.kind === 'email' ? value.toLowerCase() : value;
  }
  for (const field of fields) {
    if (!field.required || field.id in clean || field.id in known) continue;
    if (!issues.some((i) => i.path === `answers.${field.id}`)) bad(field.id, 'required');
  }
  // A required checkbox (consent) must be ticked, not just answered.
  for (const field of fields) {
    if (field.kind === 'checkbox' && field.required && clean[field.id] === false) bad(field.id, 'required');
  }
  if (issues.length) throw new AppError(ErrorCode.badRequest, issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  return clean;
}
