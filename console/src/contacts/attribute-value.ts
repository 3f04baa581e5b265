import type { ContactAttributeValue } from '@parley/shared';

/** The server's rule for an attribute's name (shared's `contactAttributesSchema`), checked before sending. */
export const ATTRIBUTE_KEY = /^[A-Za-z0-9_.-]{1,40}$/;

/** How a value reads in a text box. */
export function attributeText(value: ContactAttributeValue): string {
  return value === null ? '' : String(value);
}

/**
 * The value to send for what was typed: a number or a yes/no stays one when the text still reads
 * as one (a plan's `seats: 5` edited to 6 is still a number), anything else is text.
 */
export function attributeValue(text: string, previous: ContactAttributeValue | undefined): ContactAttributeValue {
  const trimmed = text.trim();
  if (typeof previous === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (typeof previous === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return text;
}
