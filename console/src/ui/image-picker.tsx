import { useRef, useState } from 'preact/hooks';
import { Avatar } from './avatar.js';
import { Button } from './button.js';
import type { FieldControlProps } from './field.js';
import { shrinkImage } from './shrink-image.js';

export interface ImagePickerProps extends FieldControlProps {
  /** The current image (data or https URL); `null`: initials of `name`. */
  value: string | null;
  onValue(value: string | null): void;
  /** Whose picture: its initials stand in while there is none. */
  name: string;
  pickLabel: string;
  removeLabel: string;
  /** Called when the picked file cannot be used (not an image, or too large even shrunk). */
  onBadFile(): void;
}

/** Pick an image file; it is shown at once, shrunk to 128×128 in the browser before it is sent. */
export function ImagePicker({ value, onValue, name, pickLabel, removeLabel, onBadFile, id, ...described }: ImagePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div class="ui-image-picker">
      <Avatar name={name || '?'} src={value} size={64} />
      <input
        ref={input}
        id={id}
        {...described}
        type="file"
        accept="image/png,image/jpeg,image/webp"
        class="visually-hidden"
        onChange={async (e) => {
          const file = (e.currentTarget as HTMLInputElement).files?.[0];
          if (!file) return;
          setBusy(true);
          const url = await shrinkImage(file);
          setBusy(false);
          (e.target as HTMLInputElement).value = '';
          if (url) onValue(url);
          else onBadFile();
        }}
      />
      <Button size="small" busy={busy} onClick={() => input.current?.click()}>
        {pickLabel}
      </Button>
      {value && (
        <Button size="small" variant="quiet" onClick={() => onValue(null)}>
          {removeLabel}
        </Button>
      )}
    </div>
  );
}
