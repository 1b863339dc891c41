import { useEffect, useState } from 'react';

/**
 * A form's unsent values kept for this tab (sessionStorage), so leaving a plan for help, a breathing
 * break or the calm flow and coming back finds it as it was. Cleared once the plan is saved.
 */
export function useDraft<T extends object>(key: string, initial: T): [T, (change: Partial<T>) => void, () => void] {
  const storageKey = `aa-draft:${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const kept = sessionStorage.getItem(storageKey);
      return kept ? { ...initial, ...(JSON.parse(kept) as Partial<T>) } : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the draft simply is not kept.
    }
  }, [storageKey, value]);
  const update = (change: Partial<T>) => setValue((v) => ({ ...v, ...change }));
  const clear = () => sessionStorage.removeItem(storageKey);
  return [value, update, clear];
}
