import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  label: string;
  onSelect(): void;
  /** Destroys something: shown in the danger colour. */
  danger?: boolean;
}

export interface MenuProps {
  /** The button's content (often "More" or an icon with a hidden label). */
  label: ComponentChildren;
  /** The button's accessible name when its content is an icon. */
  ariaLabel?: string;
  items: readonly MenuItem[];
}

/**
 * A button that opens a list of actions (WAI-ARIA menu button): focus moves to the first item,
 * the arrow keys, Home and End move between items, Enter picks, Escape or a click outside
 * closes and focus returns to the button.
 */
export function Menu({ label, ariaLabel, items }: MenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const itemsOf = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    itemsOf()[0]?.focus();
    const outside = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);
  const onKey = (e: KeyboardEvent) => {
    const all = itemsOf();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const to = e.key === 'ArrowDown' ? (at + 1) % all.length : e.key === 'ArrowUp' ? (at - 1 + all.length) % all.length : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : -1;
    if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      return close(e.key === 'Escape');
    }
    if (to < 0) return;
    e.preventDefault();
    all[to]?.focus();
  };
  return (
    <span class="ui-menu">
      <button
        ref={button}
        type="button"
        class="ui-button ui-button-secondary ui-button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={ariaLabel}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <ul ref={list} id={id} role="menu" class="ui-menu-list" onKeyDown={onKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                class={`ui-menu-item${item.danger ? ' ui-menu-item-danger' : ''}`}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
