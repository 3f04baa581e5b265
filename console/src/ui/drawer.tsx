import type { ComponentChildren } from 'preact';
import { useStableId } from './use-stable-id.js';
import { useUiT } from './use-ui-t.js';
import { useDialogFocus } from './use-dialog-focus.js';

export interface DrawerProps {
  open: boolean;
  title: ComponentChildren;
  onClose(): void;
  children: ComponentChildren;
  /** The actions at the bottom (Save, Cancel), always in view. */
  footer?: ComponentChildren;
  /** Wider for editors with a preview beside the form. */
  wide?: boolean;
}

/**
 * An editor sliding in from the end of the window (full width below 640 px), over a dimmed page:
 * a modal dialog named by its title, focus kept inside, Escape or the close button to leave.
 */
export function Drawer({ open, title, onClose, children, footer, wide }: DrawerProps) {
  const ut = useUiT();
  const titleId = useStableId();
  const ref = useDialogFocus<HTMLDivElement>(open, onClose);
  if (!open) return null;
  return (
    <div class="ui-overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} class={`ui-drawer${wide ? ' ui-drawer-wide' : ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1}>
        <div class="ui-drawer-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" class="ui-icon-button" aria-label={ut('ui.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="ui-drawer-body">{children}</div>
        {footer && <div class="ui-drawer-footer">{footer}</div>}
      </div>
    </div>
  );
}
