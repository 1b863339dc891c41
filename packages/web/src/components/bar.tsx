interface BarProps {
  label: string;
  value: number;
  kind: 'expected' | 'actual' | 'before' | 'after';
  unit?: string;
}

/**
 * A horizontal bar for a 0–100 value. Its length is a class per 5 points (`w-40`), since the CSP
 * allows no inline style; the exact number is printed beside it.
 */
export function Bar({ label, value, kind, unit = '' }: BarProps) {
  const step = Math.round(Math.max(0, Math.min(100, value)) / 5) * 5;
  return (
    <div className={`bar bar--${kind}`}>
      <span className="bar__label">{label}</span>
      <span className="bar__track">
        <span className={`bar__fill w-${step}`} />
      </span>
      <span className="bar__value">
        {value}
        {unit}
      </span>
    </div>
  );
}
