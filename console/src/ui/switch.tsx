import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SwitchProps {
  checked: boolean;
  onChange(checked: boolean): void;
  /** The visible name of the setting. */
  label: ComponentChildren;
  disabled?: boolean;
  /** Hides the label visually (a table row names it already); screen readers still read it. */
  hideLabel?: boolean;
}

/** An on/off setting: a button with `role="switch"` and `aria-checked`, named by its label. */
export function Switch({ checked, onChange, label, disabled, hideLabel }: SwitchProps) {
  const id = useId();
  return (
    <span class="ui-switch-row">
      <button
        type="button"
        role="switch"
        class="ui-switch"
        aria-checked={checked}
        aria-labelledby={id}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="ui-switch-thumb" aria-hidden="true" />
      </button>
      <span id={id} class={hideLabel ? 'visually-hidden' : 'ui-switch-label'}>
        {label}
      </span>
    </span>
  );
}
