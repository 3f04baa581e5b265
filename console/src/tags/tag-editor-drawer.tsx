import { useEffect, useId, useState } from 'preact/hooks';
import type { ErrorBody, Tag, TagInput } from '@parley/shared';
import { issueText } from '../accounts/issue-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { Field } from '../ui/field.js';
import { FieldGroup } from '../ui/field-group.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { TextInput } from '../ui/text-input.js';
import { TagChip } from './tag-chip.js';
import { chipStyle, tagPalette } from './tag-palette.js';
import { useTeamworkT } from './use-teamwork-t.js';

export interface TagEditorDrawerProps {
  /** The tag being edited; `'new'` for a new one; `null` while closed. */
  editing: Tag | 'new' | null;
  busy: boolean;
  refusal: ErrorBody | null;
  onSave(input: TagInput): void;
  onClose(): void;
}

/** A tag's name and colour (swatches as radios, each showing the chip's AA text on it), with a live preview. */
export function TagEditorDrawer({ editing, busy, refusal, onSave, onClose }: TagEditorDrawerProps) {
  const tt = useTeamworkT();
  const at = useAccountsT();
  const formId = useId();
  const [name, setName] = useState('');
  const [colour, setColour] = useState<string>(tagPalette[6].hex);
  useEffect(() => {
    if (!editing) return;
    setName(editing === 'new' ? '' : editing.name);
    setColour(editing === 'new' ? tagPalette[6].hex : editing.colour);
  }, [editing]);
  // A colour set through the API that is not one of the swatches stays choosable.
  const swatches: { name: string; hex: string; label: string }[] = tagPalette.map((s) => ({ ...s, label: tt(`tags.colour.${s.name}`) }));
  if (!swatches.some((s) => s.hex === colour)) swatches.push({ name: 'custom', hex: colour, label: colour });
  const issues = refusal?.issues ?? [];
  return (
    <Drawer
      open={editing !== null}
      title={editing === 'new' ? tt('tags.new') : tt('tags.editTitle')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{tt('tags.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={busy}>
            {tt('tags.save')}
          </Button>
        </>
      }
    >
      <Form id={formId} onSubmit={() => onSave({ name: name.trim(), colour })}>
        {refusal && !issues.length && (
          <Notice tone="danger" role="alert">
            <p>{tt('tags.failed', { reason: refusal.message })}</p>
          </Notice>
        )}
        <Field label={tt('tags.name')} help={tt('tags.nameHelp')} error={issueText(issues, 'name', at)}>
          {(c) => <TextInput {...c} data-autofocus required maxLength={40} value={name} onValue={setName} />}
        </Field>
        <FieldGroup legend={tt('tags.colour')}>
          <div class="tag-swatches">
            {swatches.map((s) => (
              <label key={s.hex} class="tag-swatch-option" title={s.label}>
                <input type="radio" name={`${formId}-colour`} class="visually-hidden" value={s.hex} checked={colour === s.hex} onChange={() => setColour(s.hex)} />
                <span class="tag-swatch-face" style={chipStyle(s.hex)} aria-hidden="true">
                  Aa
                </span>
                <span class="visually-hidden">{s.label}</span>
              </label>
            ))}
          </div>
        </FieldGroup>
        <p class="tag-preview">
          <span class="ui-field-label">{tt('tags.preview')}</span> <TagChip tag={{ name: name.trim() || tt('tags.name'), colour }} />
        </p>
      </Form>
    </Drawer>
  );
}
