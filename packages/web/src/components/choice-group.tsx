import { useId, type ReactNode } from 'react';

interface Choice<T extends string> {
  value: T;
  label: string;
  /** A second line under the label. */
  detail?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: ReactNode;
  hint?: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange(value: T): void;
  error?: string | undefined;
  /** Two columns of short answers (no / partly / yes) instead of one of long ones. */
  layout?: 'list' | 'row';
}

/** Radio buttons as big cards: one tap anywhere on the card picks it; arrow keys move between them. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  name,
  choices,
  value,
  onChange,
  error,
  layout = 'list',
}: ChoiceGroupProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`choices choices--${layout}${error ? ' choices--invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="field__label choices__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="choices__options">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              className="choice__input"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(choice.value)}
            />
            <span className="choice__mark" aria-hidden="true" />
            <span className="choice__text">
              <span className="choice__label">{choice.label}</span>
              {choice.detail && <span className="choice__detail">{choice.detail}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface CheckListProps<T extends string> {
  legend: ReactNode;
  hint?: string;
  items: readonly { id: T; label: string }[];
  selected: readonly T[];
  onChange(selected: T[]): void;
}

/** Checkboxes as tappable rows, for "pick any" lists such as safety behaviours. */
export function CheckList<T extends string>({ legend, hint, items, selected, onChange }: CheckListProps<T>) {
  const id = useId();
  return (
    <fieldset className="choices choices--checks" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field__label choices__legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className="choices__options">
        {items.map((item) => {
          const checked = selected.includes(item.id);
          return (
            <label key={item.id} className="choice choice--check">
              <input
                type="checkbox"
                className="choice__input"
                checked={checked}
                onChange={() => onChange(checked ? selected.filter((s) => s !== item.id) : [...selected, item.id])}
              />
              <span className="choice__mark" aria-hidden="true" />
              <span className="choice__text">
                <span className="choice__label">{item.label}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
