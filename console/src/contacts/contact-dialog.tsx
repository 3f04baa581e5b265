import type { ComponentChildren } from 'preact';
import { Button } from '../ui/button.js';
import { Modal } from '../ui/modal.js';
import { Notice } from '../ui/page.js';
import { useContactsT } from './use-contacts-t.js';

export interface ContactDialogProps {
  title: string;
  /** `alertdialog` for what cannot be undone (delete). */
  role?: 'dialog' | 'alertdialog';
  confirmLabel: string;
  variant: 'primary' | 'danger';
  /** Not yet: nothing picked, the name not typed. */
  disabled: boolean;
  busy: boolean;
  /** The server's refusal, shown above the body. */
  refusal: string | null;
  onConfirm(): void;
  onClose(): void;
  children: ComponentChildren;
}

/** The frame of the contact drawer's merge and delete dialogs: Cancel first, the action last, a refusal on top. */
export function ContactDialog({ title, role = 'dialog', confirmLabel, variant, disabled, busy, refusal, onConfirm, onClose, children }: ContactDialogProps) {
  const t = useContactsT();
  return (
    <Modal
      open
      role={role}
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('contacts.cancel')}</Button>
          <Button variant={variant} disabled={disabled} busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {refusal && (
        <Notice tone="danger" role="alert">
          <p>{refusal}</p>
        </Notice>
      )}
      {children}
    </Modal>
  );
}
