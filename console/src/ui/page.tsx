import type { ComponentChildren } from 'preact';
import type { ErrorBody } from '@parley/shared';
import { Button } from './button.js';
import { useUiT } from './use-ui-t.js';

/**
 * An admin page: its one `h1`, a line saying what it is for, and the primary action top right.
 * Not a landmark of its own: the console's shell holds each page in its one `<main>`.
 */
export function Page({ title, intro, action, children }: { title: string; intro?: ComponentChildren; action?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="ui-page">
      <div class="ui-page-header">
        <div class="ui-page-heading">
          <h1>{title}</h1>
          {intro && <p class="ui-page-intro">{intro}</p>}
        </div>
        {action && <div class="ui-page-action">{action}</div>}
      </div>
      {children}
    </div>
  );
}

/** A card grouping one part of a page, with its own heading. */
export function Card({ title, children, headingLevel = 2 }: { title?: ComponentChildren; children: ComponentChildren; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="ui-card">
      {title && <H class="ui-card-title">{title}</H>}
      {children}
    </section>
  );
}

/** While the first answer is on its way: a quiet line, announced once. */
export function Loading({ label }: { label?: string }) {
  const ut = useUiT();
  return (
    <p class="ui-loading" role="status">
      <span class="ui-spinner" aria-hidden="true" />
      {label ?? ut('ui.loading')}
    </p>
  );
}

/** A load that failed: what happened, and a way to try again. */
export function LoadError({ error, onRetry }: { error: ErrorBody; onRetry(): void }) {
  const ut = useUiT();
  const text = error.code === 'unavailable' ? ut('ui.unreachable') : error.code === 'forbidden' ? ut('ui.forbidden') : ut('ui.loadFailed', { reason: error.message });
  return (
    <div class="ui-notice ui-notice-danger" role="alert">
      <p>{text}</p>
      <Button size="small" onClick={onRetry}>
        {ut('ui.retry')}
      </Button>
    </div>
  );
}

/** A notice inside a page or form: a refusal, a warning, a one-time secret. */
export function Notice({ tone = 'neutral', children, role }: { tone?: 'neutral' | 'danger' | 'warning' | 'success'; children: ComponentChildren; role?: 'alert' | 'status' }) {
  return (
    <div class={`ui-notice ui-notice-${tone}`} role={role}>
      {children}
    </div>
  );
}
