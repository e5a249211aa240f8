export type Status = { kind: 'ok' | 'error' | 'info'; text: string } | null;

/** A message under a control: errors are announced at once, confirmations politely. */
export function StatusLine({ status, id }: { status: Status; id?: string }) {
  if (!status) return <p class="status" id={id} role="status" aria-live="polite" />;
  return (
    <p class={`status status-${status.kind}`} id={id} role={status.kind === 'error' ? 'alert' : 'status'}>
      {status.text}
    </p>
  );
}
