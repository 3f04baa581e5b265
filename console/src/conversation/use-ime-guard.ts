import { useMemo, useRef } from 'preact/hooks';

/** How long after compositionend an Enter still belongs to the IME. */
const SETTLE_MS = 50;

/**
 * Tells whether an Enter keydown belongs to an input method (pinyin, zhuyin, kana...): it picks
 * a candidate and must not send. Browsers disagree: Chrome and Firefox flag the keydown with
 * `isComposing`; some IMEs report keyCode 229; Safari ends the composition *before* the keydown,
 * so an Enter right after compositionend is taken as the IME's too.
 */
export function useImeGuard() {
  const composing = useRef(false);
  const endedAt = useRef(Number.NEGATIVE_INFINITY);
  return useMemo(
    () => ({
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: () => {
        composing.current = false;
        endedAt.current = performance.now();
      },
      isImeKey: (event: KeyboardEvent) =>
        composing.current || event.isComposing || event.keyCode === 229 || performance.now() - endedAt.current < SETTLE_MS,
    }),
    [],
  );
}
