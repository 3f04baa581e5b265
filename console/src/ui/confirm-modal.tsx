import type { ComponentChildren } from 'preact';
import { Button } from './button.js';
import { Modal } from './modal.js';

export interface ConfirmModalProps {
  /** Open while there is something to confirm. */
  open: boolean;
  title: string;
  children: ComponentChildren;
  /** The danger button's words: say what happens ("Delete site", not "OK"). */
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before something that cannot be undone: an alert dialog, Cancel first (and focused), the danger button last. */
export function ConfirmModal({ open, title, children, confirmLabel, cancelLabel, onConfirm, onClose }: ConfirmModalProps) {
  return (
    <Modal
      open={open}
      role="alertdialog"
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{cancelLabel}</Button>
          <Button variant="danger" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
