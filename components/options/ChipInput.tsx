import { useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';

interface Props {
  id: string;
  label: string;
  hint?: string;
  placeholder?: string;
  values: string[];
  onChange: (values: string[]) => void;
}

/** A list of short words shown as removable chips, with a field to add more (Enter or the button). */
export function ChipInput({ id, label, hint, placeholder, values, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const word = draft.trim().replace(/\s+/g, ' ');
    if (!word) return;
    // Matching is case-insensitive, so "Urgent" and "urgent" are one entry.
    if (!values.some((v) => v.toLowerCase() === word.toLowerCase())) onChange([...values, word]);
    setDraft('');
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {values.length > 0 && (
        <ul class="chips">
          {values.map((v) => (
            <li key={v} class="chip">
              <span>{v}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('options_chipRemove', v)}
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field-inline">
        <input
          id={id}
          type="text"
          value={draft}
          placeholder={placeholder}
          maxLength={80}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="btn" onClick={add} disabled={draft.trim() === ''}>
          {t('options_chipAdd')}
        </button>
      </div>
    </div>
  );
}
