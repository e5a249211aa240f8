import { useState } from 'preact/hooks';

/**
 * Local editing state that starts again from `value` whenever `value` changes. Done during render,
 * not in an effect: Preact runs effects after paint, and a mount effect would wipe an edit made first.
 */
export function useDraft<T>(value: T): [T, (next: T) => void] {
  const [base, setBase] = useState(value);
  const [draft, setDraft] = useState(value);
  if (!Object.is(base, value)) {
    setBase(value);
    setDraft(value);
    return [value, setDraft];
  }
  return [draft, setDraft];
}
