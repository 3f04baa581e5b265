import type { JSX } from 'preact';

export interface TextFieldProps extends Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'onInput' | 'label'> {
  label: string;
  value: string;
  onValue(value: string): void;
}

/** An input with its visible label above it. */
export function TextField({ label, value, onValue, ...input }: TextFieldProps) {
  return (
    <label class="field">
      <span>{label}</span>
      <input {...input} value={value} onInput={(event) => onValue(event.currentTarget.value)} />
    </label>
  );
}
