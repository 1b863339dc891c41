import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import { HeartIcon } from './icons';

interface DialogProps {
  open: boolean;
  title: string;
  /** Called on Escape, on the close controls, and after the dialog has closed. */
  onClose(): void;
  /** While true, Escape does nothing (a write is under way). */
  busy?: boolean;
  children: ReactNode;
}

/**
 * A modal <dialog>: focus stays inside, Escape closes it, the page behind is inert, and focus
 * returns to the control that opened it. The page behind includes the header's "Get help now", so every
 * dialog carries its own way to help: help is never hidden, not even for a moment.
 */
export function Dialog({ open, title, onClose, busy = false, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // The browser focuses the first control inside.
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => {
        if (open) onClose();
      }}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      <div className="dialog__body">
        <h2 id={titleId}>{title}</h2>
        {children}
        <Link href="/help" className="dialog__help" onClick={() => ref.current?.close()}>
          <HeartIcon className="dialog__help-icon" />
          Need help right now?
        </Link>
      </div>
    </dialog>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  error?: string | null;
  /** Danger for what erases something; neutral for a choice that loses nothing. */
  tone?: 'danger' | 'neutral';
  onConfirm(): void;
  onClose(): void;
}

/** "Are you sure?" for something that cannot be undone; the safe choice is the easy one to reach. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busyLabel,
  cancelLabel,
  busy,
  error,
  tone = 'danger',
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose} busy={busy}>
      {children}
      <div className="form-alert-slot" role="alert">
        {error && <p className="form-alert">{error}</p>}
      </div>
      <div className="dialog__actions">
        <button
          type="button"
          className={`button ${tone === 'danger' ? 'button--danger' : 'button--primary'}`}
          onClick={onConfirm}
          disabled={busy}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} disabled={busy}>
          {cancelLabel}
        </button>
      </div>
    </Dialog>
  );
}
