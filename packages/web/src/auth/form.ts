import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldError } from '@ask-anyway/core';
import { ApiError } from '../api/client';

/** Field name → message, for the fields a form shows. */
export type FieldMessages = Partial<Record<string, string>>;

export interface FormErrors {
  fields: FieldMessages;
  /** A message about the whole form, when no shown field carries it. */
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * Places an API error: each field error beside its field when the form shows that field, anything
 * else (and every non-field problem) as one message for the form.
 */
export function fromError(error: unknown, shownFields: readonly string[]): FormErrors {
  if (!(error instanceof ApiError)) {
    return { fields: {}, form: 'Something went wrong. Please try again.' };
  }
  const fields: FieldMessages = {};
  const stray: FieldError[] = [];
  for (const fieldError of error.fieldErrors) {
    if (shownFields.includes(fieldError.field)) fields[fieldError.field] ??= fieldError.detail;
    else stray.push(fieldError);
  }
  const placed = Object.keys(fields).length > 0;
  const form = stray.length > 0 ? stray.map((e) => e.detail).join(' ') : placed ? null : error.message;
  return { fields, form };
}

/** Focuses the first field, in form order, that has a message. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
}

/**
 * The state every small form here shares: send, place the errors, and move focus to the first
 * field that needs another look. Input is checked by the server against the shared schemas, so
 * the messages are the same wherever a request comes from.
 */
export function useFormSubmit(shownFields: readonly string[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  // Bumped on every failed submit, so focus moves even when the same field fails twice.
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    if (failures > 0) focusFirstInvalid(formRef.current);
  }, [failures]);

  const clearField = useCallback(
    (field: string) =>
      setErrors((e) => (e.fields[field] || e.form ? { fields: { ...e.fields, [field]: undefined }, form: null } : e)),
    [],
  );

  const reset = useCallback(() => setErrors(NO_ERRORS), []);

  async function submit(send: () => Promise<void>) {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await send();
    } catch (error) {
      setErrors(fromError(error, shownFields));
      setFailures((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return { formRef, errors, busy, clearField, reset, submit };
}
