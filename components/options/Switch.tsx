import type { ComponentChildren } from 'preact';

interface Props {
  label: ComponentChildren;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled on/off switch: a real checkbox (role switch), so Space toggles it and forms see it. */
export function Switch({ label, hint, checked, disabled, onChange }: Props) {
  return (
    <label class="switch-row">
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        {hint && <span class="hint">{hint}</span>}
      </span>
      <input
        type="checkbox"
        role="switch"
        class="switch"
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </label>
  );
}
