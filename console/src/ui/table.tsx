import type { ComponentChildren } from 'preact';

export interface TableColumn {
  /** The header; also the label shown beside each cell when rows stack on narrow screens. */
  label: string;
  /** A column of actions: its header is for screen readers only. */
  actions?: boolean;
  /** Right-aligned numbers. */
  numeric?: boolean;
}

export interface TableProps {
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  columns: readonly TableColumn[];
  /** `<TableRow>`s; none shows `empty` instead of the table. */
  children: ComponentChildren[];
  empty: ComponentChildren;
}

/**
 * A data table with real headers; below 820 px each row stacks into a card, each cell labelled
 * by its column (so nothing scrolls sideways at 390 px).
 */
export function Table({ caption, columns, children, empty }: TableProps) {
  if (children.length === 0) return <>{empty}</>;
  return (
    <div class="ui-table-wrap">
      <table class="ui-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" class={c.numeric ? 'ui-numeric' : c.actions ? 'ui-actions' : undefined}>
                {c.actions ? <span class="visually-hidden">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A cell that carries its column's label for the stacked narrow layout. */
export function Cell({ label, children, numeric, actions }: { label: string; children?: ComponentChildren; numeric?: boolean; actions?: boolean }) {
  return (
    <td data-label={label} class={numeric ? 'ui-numeric' : actions ? 'ui-actions' : undefined}>
      {children}
    </td>
  );
}

/** What a list says when it has nothing yet: what it is for, and what to do (usually a button). */
export function EmptyState({ title, children, action }: { title: string; children?: ComponentChildren; action?: ComponentChildren }) {
  return (
    <div class="ui-empty">
      <p class="ui-empty-title">{title}</p>
      {children && <p class="ui-empty-text">{children}</p>}
      {action}
    </div>
  );
}
