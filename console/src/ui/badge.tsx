import type { ComponentChildren } from 'preact';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/** A short status word in a pill (role, "Pending", "Revoked"); colour never carries the meaning alone. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ComponentChildren }) {
  return <span class={`ui-badge ui-badge-${tone}`}>{children}</span>;
}
