import '../styles/composer-picker.css';
/** One option of a composer picker: a canned reply or a tag. */
export interface PickerOption {
  id: string;
  /** What the option is called (`/refund`, `VIP`). */
  label: string;
  /** A line under it: the text a canned reply would insert. */
  detail?: string;
  /** A tag's colour, drawn as a swatch. */
  colour?: string;
}

/**
 * Where a composer picker's options come from. `/` (canned replies) and `#` (tags) are two
 * sources of one picker: same listbox, same keys.
 */
export interface PickerSource {
  /** The character that opens it, typed at the start of the field or after a space. */
  trigger: string;
  /** The listbox's name ("Canned replies"). */
  label: string;
  /** Said when nothing matches the word typed. */
  empty: string;
  /** The options for the word typed after the trigger (at most a handful). */
  options(query: string): PickerOption[];
  /** Does what picking means; returns the text that takes the place of the trigger word ('' removes it). */
  choose(option: PickerOption): string;
  /** Called as the picker opens: a chance to read the list again. */
  opened?(): void;
}

export interface PickerListProps {
  id: string;
  source: PickerSource;
  options: readonly PickerOption[];
  active: number;
  onPick(option: PickerOption): void;
}

/**
 * The open picker above the reply box. The reply box keeps focus (it is the textbox that owns
 * the list through `aria-controls` and `aria-activedescendant`), so this is never focused itself.
 */
export function PickerList({ id, source, options, active, onPick }: PickerListProps) {
  if (!options.length) {
    return (
      <p class="composer-picker composer-picker-empty" role="status">
        {source.empty}
      </p>
    );
  }
  return (
    <ul class="composer-picker" id={id} role="listbox" aria-label={source.label}>
      {options.map((option, i) => (
        <li
          key={option.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          // Keeps focus in the reply box, so the pick lands where the agent was typing.
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(option);
          }}
        >
          <span class="composer-picker-label">
            {option.colour && <span class="tag-swatch" style={{ background: option.colour }} aria-hidden="true" />}
            {option.label}
          </span>
          {option.detail && <span class="composer-picker-detail">{option.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
