import type { ComponentChildren, JSX } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'size' | 'type' | 'disabled'> & {
  variant?: ButtonVariant;
  /** `small` for buttons inside table rows. */
  size?: 'small' | 'normal';
  /** Shows a spinner and refuses clicks while an action runs (keeps its width and label). */
  busy?: boolean;
  type?: 'button' | 'submit' | 'reset';
  disabled?: boolean;
  children?: ComponentChildren;
};

/**
 * The one button: `primary` (one per view, the main action), `secondary`, `danger` (destroys
 * something), `quiet` (toolbar and row actions). A plain `type="button"` unless told otherwise,
 * so a button inside a form never submits it by accident.
 */
export function Button({ variant = 'secondary', size = 'normal', busy = false, type = 'button', disabled, class: extra, children, ...rest }: ButtonProps) {
  const classes = ['ui-button', `ui-button-${variant}`, size === 'small' ? 'ui-button-small' : '', extra ?? ''].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} class={classes} disabled={disabled || busy} aria-busy={busy || undefined}>
      {busy && <span class="ui-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
