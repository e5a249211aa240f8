import type { ComponentChildren } from 'preact';

/** A banner for something that went wrong; announced by screen readers as it appears. */
export function Alert({
  children,
  onClose,
  closeLabel,
}: {
  children: ComponentChildren;
  onClose?: () => void;
  closeLabel?: string;
}) {
  return (
    <div class="alert" role="alert">
      <svg class="alert-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <path d="M10 2 1 18h18L10 2Zm0 5v5m0 2.5v.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      </svg>
      <div class="alert-text">{children}</div>
      {onClose && (
        <button type="button" class="icon-button" onClick={onClose} aria-label={closeLabel}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
