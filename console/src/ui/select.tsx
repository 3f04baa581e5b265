import type { JSX } from 'preact';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export type SelectProps<V extends string> = Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: V;
  options: readonly SelectOption<V>[];
  onValue(value: V): void;
};

/** A native select (keyboard, screen readers and mobile pickers for free), styled like the inputs. */
export function Select<V extends string>({ value, options, onValue, class: extra, ...rest }: SelectProps<V>) {
  return (
    <span class={`ui-select${extra ? ` ${extra}` : ''}`}>
      <select {...rest} value={value} onChange={(e) => onValue((e.currentTarget as HTMLSelectElement).value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
