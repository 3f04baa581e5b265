import { z } from 'zod';
import { limits } from '../limits.js';

/** Shortest password an account may have. */
export const minPasswordLength = 10;

// The most used passwords of ten characters or more in public breach lists. A short list keeps
// the bundle small; the length rule does most of the work, this stops the obvious ones.
const common = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '123456789a',
  'a123456789',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  '1234qwerty',
  'password12',
  'password123',
  'password1234',
  'password!1',
  'passw0rd123',
  'iloveyou12',
  'abcdefghij',
  'abc1234567',
  'abcd123456',
  '0987654321',
  '1111111111',
  '0000000000',
  '5555555555',
  '9876543210',
  'aaaaaaaaaa',
  'asdfghjkl1',
  'asdfghjkl;',
  'zxcvbnm123',
  'letmein123',
  'welcome123',
  'welcome1234',
  'administrator',
  'admin12345',
  'admin123456',
  'changeme123',
  'football123',
  'baseball123',
  'sunshine123',
  'princess123',
  'dragon1234',
  'monkey1234',
  'starwars123',
  'trustno1234',
  'woaini1314',
  'woaini520520',
  '5201314520',
  '1314520520',
  'a1b2c3d4e5',
  'q1w2e3r4t5',
]);

/** True for a password on the common list (case does not help: `Password123` is as weak). */
export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}

/** A new password: at least ten characters and not a well-known one. */
export const newPasswordSchema = z
  .string()
  .min(minPasswordLength, `must be at least ${minPasswordLength} characters`)
  .max(limits.password)
  .refine((password) => !isCommonPassword(password), 'is one of the most common passwords: choose another');
