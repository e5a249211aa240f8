import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  description?: string;
  children: ComponentChildren;
}

/** A titled card; its heading labels the region so screen readers can jump between sections. */
export function Section({ id, title, description, children }: Props) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {description && <p class="section-desc">{description}</p>}
      {children}
    </section>
  );
}
