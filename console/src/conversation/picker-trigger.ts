/** The `/word` or `#word` being typed: its trigger, where it starts, and the word so far. */
export interface PickerTrigger {
  trigger: string;
  /** Index of the trigger character in the text. */
  start: number;
  query: string;
}

/**
 * The trigger word ending at the caret, when its character opens a picker: only at the start of
 * the field or after whitespace (so `a/b`, `http://x` and `C#` never open one), and the word so
 * far has no space (any script: `/退款`).
 * @example pickerTriggerAt('thanks /ref', 11, ['/', '#']) // { trigger: '/', start: 7, query: 'ref' }
 */
export function pickerTriggerAt(text: string, caret: number, triggers: readonly string[]): PickerTrigger | null {
  const m = /(?:^|\s)(\S)([^\s/#]{0,40})$/u.exec(text.slice(0, caret));
  if (!m || !triggers.includes(m[1]!)) return null;
  return { trigger: m[1]!, start: caret - m[2]!.length - m[1]!.length, query: m[2]! };
}
