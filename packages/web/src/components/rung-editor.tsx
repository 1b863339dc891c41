import type { Rung, UpdateRungRequest } from '@ask-anyway/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../api/client';
import { useFormSubmit } from '../auth/form';
import { Dialog } from './dialog';
import { FormAlert } from './form-alert';
import { RatingSlider } from './rating-slider';
import { TextField } from './text-field';

interface RungEditorProps {
  rung: Rung | null;
  onClose(): void;
  onSaved(rung: Rung): void;
  onRemoved(rung: Rung): void;
}

const FIELDS = ['title', 'suds'];

/** Rename, re-rate or remove one rung; removing asks once more, since it cannot be undone. */
export function RungEditor({ rung, onClose, onSaved, onRemoved }: RungEditorProps) {
  const [title, setTitle] = useState('');
  const [suds, setSuds] = useState(50);
  const [confirming, setConfirming] = useState(false);
  const { formRef, errors, busy, clearField, reset, submit } = useFormSubmit(FIELDS);
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!rung) return;
    setTitle(rung.title);
    setSuds(rung.suds);
    setConfirming(false);
    reset();
  }, [rung, reset]);

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!rung) return;
    const changes: UpdateRungRequest = {};
    if (title.trim() !== rung.title) changes.title = title;
    if (suds !== rung.suds) changes.suds = suds;
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    void submit(async () => onSaved(await api.updateRung(rung.id, changes)));
  }

  function remove() {
    if (!rung) return;
    void submit(async () => {
      await api.deleteRung(rung.id);
      onRemoved(rung);
    });
  }

  const attempts =
    rung && rung.attempts > 0
      ? `${rung.attempts} ${rung.attempts === 1 ? 'ask' : 'asks'} on it so far stay in your history.`
      : 'Nothing is lost from your history.';

  return (
    <Dialog open={rung !== null} title={confirming ? 'Remove this situation?' : 'Edit situation'} onClose={onClose} busy={busy}>
      {confirming ? (
        <>
          <p>
            “{rung?.title}” comes off your ladder. {attempts}
          </p>
          <FormAlert message={errors.form} />
          <div className="dialog__actions">
            <button type="button" className="button button--danger" onClick={remove} disabled={busy}>
              {busy ? 'Removing…' : 'Remove from ladder'}
            </button>
            <button ref={keepRef} type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Keep it
            </button>
          </div>
        </>
      ) : (
        <form ref={formRef} className="form dialog__form" noValidate onSubmit={onSubmit} aria-busy={busy}>
          <TextField
            label="Situation"
            name="title"
            value={title}
            maxLength={120}
            error={errors.fields.title}
            onChange={(e) => {
              setTitle(e.target.value);
              clearField('title');
            }}
          />
          <RatingSlider
            label="How hard would it feel?"
            value={suds}
            error={errors.fields.suds}
            onChange={(v) => {
              setSuds(v);
              clearField('suds');
            }}
          />
          <FormAlert message={errors.form} />
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save changes'}
            </button>
            {rung && (
              <Link href={`/experiment/new?rung=${encodeURIComponent(rung.id)}`} className="button button--secondary">
                Practise this one
              </Link>
            )}
            <div className="dialog__split">
              <button type="button" className="button button--ghost button--small" onClick={onClose} disabled={busy}>
                Close
              </button>
              <button
                type="button"
                className="button button--danger-ghost button--small"
                onClick={() => setConfirming(true)}
                disabled={busy}
              >
                Remove
              </button>
            </div>
          </div>
        </form>
      )}
    </Dialog>
  );
}
