import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface PopoverProps {
  /** What the button shows (an icon, a name, an avatar). */
  trigger: ComponentChildren;
  /** The button's accessible name when `trigger` is not text. */
  label?: string;
  /** Classes for the button and the panel's position (`ui-popover-up`, `ui-popover-side`). */
  buttonClass?: string;
  panelClass?: string;
  children: (close: () => void) => ComponentChildren;
  /** Marks the button as current (a section inside the "More" menu is open). */
  current?: boolean;
}

/**
 * A button that opens a small panel beside it (the person menu, "More"): a disclosure, not a
 * modal. Focus moves into the panel; Escape closes it and returns focus to the button; a click
 * outside or moving focus away closes it.
 */
export function Popover({ trigger, label, buttonClass = '', panelClass = '', children, current }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = (refocus = false) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('.ui-popover-panel a, .ui-popover-panel button, .ui-popover-panel select, .ui-popover-panel input')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open && !event.isComposing) {
      event.stopPropagation();
      close(true);
    }
  };
  const onFocusOut = (event: JSX.TargetedFocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && !event.currentTarget.contains(next)) setOpen(false);
  };
  return (
    <div ref={root} class="ui-popover" onKeyDown={onKeyDown} onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        class={buttonClass}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        data-current={current ? 'true' : undefined}
        onClick={() => setOpen(!open)}
      >
        {trigger}
      </button>
      <div id={panelId} class={`ui-popover-panel ${panelClass}`} hidden={!open}>
        {open && children(() => close(true))}
      </div>
    </div>
  );
}
