import type { JSX } from 'preact';

export type TextInputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'type'> & {
  value: string;
  onValue(value: string): void;
  type?: 'text' | 'email' | 'password' | 'url' | 'search' | 'number' | 'color';
  multiline?: false;
};

/** A single-line text input at full width of its field; put it inside a `Field` for its label. */
export function TextInput({ value, onValue, type = 'text', class: extra, ...rest }: TextInputProps) {
  return (
    <input
      {...rest}
      type={type}
      class={`ui-input${extra ? ` ${extra}` : ''}`}
      value={value}
      onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
    />
  );
}

export type TextAreaProps = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onInput' | 'rows'> & {
  value: string;
  onValue(value: string): void;
  rows?: number;
};

/** A multi-line text input (origins one per line, welcome messages). */
export function TextArea({ value, onValue, rows = 3, class: extra, ...rest }: TextAreaProps) {
  return (
    <textarea
      {...rest}
      rows={rows}
      class={`ui-input ui-textarea${extra ? ` ${extra}` : ''}`}
      value={value}
      onInput={(e) => onValue((e.currentTarget as HTMLTextAreaElement).value)}
    />
  );
}
