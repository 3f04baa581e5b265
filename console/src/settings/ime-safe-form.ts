import { useCallback, useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import { ImeEnterGuard } from '@parley/shared';

/**
 * Form props that keep Enter inside an input method from submitting the form. Enter in a text
 * input submits its form (implicit submission), and the Enter that picks a pinyin or zhuyin
 * candidate is one such keydown; composition events bubble, so one guard on the form covers
 * every field in it. Textareas and buttons keep their own Enter.
 *
 * The composition listeners are DOM listeners (`ImeEnterGuard.attach`): Preact would register
 * `onCompositionEnd` under the type "CompositionEnd", which a real input method never fires.
 */
export function useImeSafeForm() {
  const ime = useMemo(() => new ImeEnterGuard(), []);
  // A callback ref: the form may mount after the first render (the settings form loads first).
  const ref = useCallback(
    (form: HTMLFormElement | null) => {
      // The listeners live as long as the form element does.
      if (form) ime.attach(form);
    },
    [ime],
  );
  return {
    ref,
    onKeyDown: (event: JSX.TargetedKeyboardEvent<HTMLFormElement>) => {
      if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
      if (!ime.shouldSend(event)) event.preventDefault();
    },
  };
}
