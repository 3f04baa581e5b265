import type { ComponentChildren } from 'preact';
import { useImeSafeForm } from '../settings/ime-safe-form.js';

/**
 * A form that submits through `onSubmit` only: no page reload, no browser-native error bubbles
 * (the fields show the server's reasons), and Enter under an input method (pinyin, zhuyin)
 * picks a candidate instead of submitting.
 */
export function Form({ onSubmit, children, class: extra, label, id }: { onSubmit(): void; children: ComponentChildren; class?: string; label?: string; id?: string }) {
  const ime = useImeSafeForm();
  return (
    <form
      ref={ime.ref}
      id={id}
      class={extra}
      aria-label={label}
      noValidate
      onKeyDown={ime.onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
