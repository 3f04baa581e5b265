import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';

export interface TooltipProps {
  /** The extra words: what a short label or an icon means. */
  text: string;
  /** The element described; it must be focusable (a button, a link) so keyboards reach the tip too. */
  children: (describedBy: { 'aria-describedby': string }) => ComponentChildren;
}

/**
 * A short description shown while its element is hovered or focused (WAI-ARIA tooltip): the
 * element is described by it (`aria-describedby`, so screen readers read it even when hidden),
 * and Escape hides it without moving focus.
 */
export function Tooltip({ text, children }: TooltipProps) {
  const id = useId();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setShown(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown]);
  return (
    <span
      class="ui-tooltip-anchor"
      onMouseEnter={() => setShown(true)}
      onMouseLeave={() => setShown(false)}
      onFocusCapture={() => setShown(true)}
      onBlurCapture={() => setShown(false)}
    >
      {children({ 'aria-describedby': id })}
      <span id={id} role="tooltip" class="ui-tooltip" hidden={!shown}>
        {text}
      </span>
    </span>
  );
}
