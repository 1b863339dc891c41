import type { AttentionFlag } from '../clinicians/types';
import { FLAG_WORDS, flagTone } from '../clinicians/words';

/** What needs attention, as readable chips, most urgent first (the server's order). */
export function FlagChips({ flags }: { flags: readonly AttentionFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="flag-chips" aria-label="Needs attention">
      {flags.map((flag) => (
        <li key={flag} className={`flag-chip flag-chip--${flagTone(flag)}`}>
          {FLAG_WORDS[flag]}
        </li>
      ))}
    </ul>
  );
}
