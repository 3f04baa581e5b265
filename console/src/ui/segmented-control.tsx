import { useId } from 'preact/hooks';

export interface SegmentedOption<V extends string> {
  value: V;
  label: string;
}

export interface SegmentedControlProps<V extends string> {
  /** The question the choice answers; visible above the control unless `hideLabel`. */
  label: string;
  value: V;
  options: readonly SegmentedOption<V>[];
  onValue(value: V): void;
  hideLabel?: boolean;
}

/**
 * A choice of two to four short options shown side by side. Native radio buttons under a
 * fieldset and legend, so the arrow keys, the group's name and the checked state come from
 * the browser; the buttons only look like segments.
 */
export function SegmentedControl<V extends string>({ label, value, options, onValue, hideLabel }: SegmentedControlProps<V>) {
  const name = useId();
  return (
    <fieldset class="ui-segmented">
      <legend class={hideLabel ? 'visually-hidden' : 'ui-field-label'}>{label}</legend>
      <div class="ui-segmented-options">
        {options.map((o) => (
          <label key={o.value} class="ui-segment">
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onValue(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
