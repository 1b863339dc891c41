import { useId } from 'react';
import { beliefWord, sudsWord } from '../practice/words';

interface RatingSliderProps {
  label: string;
  hint?: string;
  /** Null until the person rates: the thumb waits in the middle and nothing is sent. */
  value: number | null;
  onChange(value: number): void;
  /** Distress (0–100, in words from calm to extreme) or belief (0–100 %). */
  scale?: 'suds' | 'belief';
  /** A line under the slider, e.g. the earlier rating to compare with. */
  note?: string;
  error?: string | undefined;
}

const ENDS = {
  suds: ['0 · calm', '100 · the worst'],
  belief: ['0% · not at all', '100% · certain'],
} as const;

/**
 * A 0–100 rating on a native range input (arrow keys, swipe, and assistive tech come for free),
 * with the number and its word shown large and read out together.
 */
export function RatingSlider({ label, hint, value, onChange, scale = 'suds', note, error }: RatingSliderProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  const errorId = `${id}-error`;
  const unit = scale === 'belief' ? '%' : '';
  const word = value === null ? null : scale === 'belief' ? beliefWord(value) : sudsWord(value);
  const spoken = value === null ? 'Not rated yet' : `${value}${unit}, ${word}`;
  const describedBy = [hint ? hintId : null, note ? noteId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`rating${value === null ? ' rating--unset' : ''}${error ? ' rating--invalid' : ''}`}>
      <div className="rating__top">
        <label htmlFor={id} className="field__label rating__label">
          {label}
        </label>
        <output htmlFor={id} className="rating__value" aria-hidden="true">
          {value === null ? (
            <span className="rating__placeholder">Slide to rate</span>
          ) : (
            <>
              <span className="rating__number">
                {value}
                {unit}
              </span>
              <span className="rating__word">{word}</span>
            </>
          )}
        </output>
      </div>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        className="rating__input"
        type="range"
        min={0}
        max={100}
        step={1}
        value={value ?? 50}
        aria-valuetext={spoken}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <div className="rating__ends" aria-hidden="true">
        <span>{ENDS[scale][0]}</span>
        <span>{ENDS[scale][1]}</span>
      </div>
      {note && (
        <p id={noteId} className="rating__note">
          {note}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
