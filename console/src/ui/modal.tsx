import type { ComponentChildren } from 'preact';
import { useStableId } from './use-stable-id.js';
import { useDialogFocus } from './use-dialog-focus.js';

export interface ModalProps {
  open: boolean;
  title: ComponentChildren;
  onClose(): void;
  children: ComponentChildren;
  /** The buttons, the safe one first in the DOM and focused first. */
  actions: ComponentChildren;
  /** `alertdialog` for confirmations of something that cannot be undone. */
  role?: 'dialog' | 'alertdialog';
}

/** A small centred dialog (confirm a deletion, show a secret once): modal, focus kept inside, Escape closes. */
export function Modal({ open, title, onClose, children, actions, role = 'dialog' }: ModalProps) {
  const titleId = useStableId();
  const bodyId = useStableId();
  const ref = useDialogFocus<HTMLDivElement>(open, onClose);
  if (!open) return null;
  return (
    <div class="ui-overlay ui-overlay-center" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} class="ui-modal" role={role} aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId} tabIndex={-1}>
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId} class="ui-modal-body">
          {children}
        </div>
        <div class="ui-modal-actions">{actions}</div>
      </div>
    </div>
  );
}
