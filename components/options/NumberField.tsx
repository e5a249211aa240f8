import { useDraft } from './use-draft';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  suffix?: string;
  disabled?: boolean;
  /** Called when the person leaves the field or presses Enter, not on every keystroke. */
  onCommit: (value: number) => void;
}

/** A whole-number field that commits on change; validation happens where the settings are saved. */
export function NumberField({ id, label, hint, value, min, max, suffix, disabled, onCommit }: Props) {
  const [text, setText] = useDraft(String(value));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field-inline">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            // An empty or partial entry is passed on as NaN so validation names the allowed range.
            if (n !== value) onCommit(e.currentTarget.value.trim() === '' ? Number.NaN : n);
          }}
        />
        {suffix && <span class="suffix">{suffix}</span>}
      </div>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
