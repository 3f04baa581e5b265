import type { ComponentChildren } from 'preact';
import { useStableId } from './use-stable-id.js';

/** What a control inside a `Field` spreads onto itself: its id, its description and whether it is invalid. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ComponentChildren;
  /** A line under the control saying what goes in it. */
  help?: ComponentChildren;
  /** Why the value was refused; shown under the control and announced. */
  error?: string | null;
  /** Marks the label as optional where most fields are required. */
  optional?: ComponentChildren;
  /** The control, given the props that wire it to the label, help and error. */
  children: (control: FieldControlProps) => ComponentChildren;
  class?: string;
}

/**
 * A stacked label, the control, help, and the inline error: the label names the control, the
 * help and error describe it (`aria-describedby`), and `aria-invalid` marks it while refused.
 * @example <Field label="Email" error={issue('email')}>{(c) => <TextInput {...c} type="email" value={email} onValue={setEmail} />}</Field>
 */
export function Field({ label, help, error, optional, children, class: extra }: FieldProps) {
  const id = useStableId();
  const helpId = help ? `${id}-help` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`ui-field${error ? ' ui-field-invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      <label class="ui-field-label" for={id}>
        {label}
        {optional && <span class="ui-field-optional">{optional}</span>}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
      {help && (
        <p class="ui-field-help" id={helpId!}>
          {help}
        </p>
      )}
      {error && (
        <p class="ui-field-error" id={errorId!} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
