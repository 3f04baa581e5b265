import type { ComponentChildren } from 'preact';

/**
 * A group of fields in a form or drawer, under its name (a fieldset and its legend, so a
 * screen reader says the group's name on entering it): "Message", "Where a reply goes".
 */
export function FieldGroup({ legend, help, children, class: extra }: { legend: ComponentChildren; help?: ComponentChildren; children: ComponentChildren; class?: string }) {
  return (
    <fieldset class={`ui-group${extra ? ` ${extra}` : ''}`}>
      <legend class="ui-group-legend">{legend}</legend>
      {help && <p class="ui-group-help">{help}</p>}
      <div class="ui-group-body">{children}</div>
    </fieldset>
  );
}
