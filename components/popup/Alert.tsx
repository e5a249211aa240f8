/** @jsxImportSource @/components/popup/jsx */
import type { Child } from './jsx/jsx-runtime';

/** A banner for something that went wrong; announced by screen readers as it appears. */
export function Alert({
  children,
  onClose,
  closeLabel,
}: {
  children: Child;
  onClose?: () => void;
  closeLabel?: string;
}) {
  return (
    <div class="alert" role="alert">
      <div class="alert-text">{children}</div>
      {onClose && (
        <button type="button" class="icon-button" onClick={onClose} aria-label={closeLabel}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
