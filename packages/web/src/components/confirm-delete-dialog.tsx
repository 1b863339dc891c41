import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useAuth } from '../auth/auth-context';
import { useFormSubmit } from '../auth/form';
import { FormAlert } from './form-alert';
import { TextField } from './text-field';

interface Props {
  open: boolean;
  onClose(): void;
}

/**
 * Asks for the password before erasing everything: a modal <dialog>, so focus stays inside it,
 * Escape closes it, and the page behind is inert.
 */
export function ConfirmDeleteDialog({ open, onClose }: Props) {
  const { deleteAccount } = useAuth();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const textId = useId();
  const [password, setPassword] = useState('');
  const { formRef, errors, busy, clearField, reset, submit } = useFormSubmit(['password']);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      passwordRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function close() {
    setPassword('');
    reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(() => deleteAccount(password));
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={close}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      <form ref={formRef} className="dialog__body" noValidate onSubmit={onSubmit}>
        <h2 id={titleId}>Delete your account?</h2>
        <p id={textId}>
          This erases your account and everything in it, for good. There is no undo, and we cannot get it back for
          you.
        </p>
        <TextField
          ref={passwordRef}
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          hint="Type it to confirm it's you."
          value={password}
          error={errors.fields.password}
          onChange={(e) => {
            setPassword(e.target.value);
            clearField('password');
          }}
        />
        <FormAlert message={errors.form} />
        <div className="dialog__actions">
          <button type="submit" className="button button--danger" disabled={busy}>
            {busy ? 'Erasing…' : 'Erase everything'}
          </button>
          <button type="button" className="button button--secondary" onClick={close} disabled={busy}>
            Keep my account
          </button>
        </div>
      </form>
    </dialog>
  );
}
