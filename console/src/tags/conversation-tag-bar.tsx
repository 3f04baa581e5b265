import { useEffect, useRef, useState } from 'preact/hooks';
import type { Conversation, ErrorBody } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { useStore } from '../state/use-store.js';
import { useTagCatalog, useTagsById } from './tag-catalog.js';
import { TagChip } from './tag-chip.js';
import { colourForName } from './tag-palette.js';
import { TagPicker, type TagChoice } from './tag-picker.js';
import { useTeamworkT } from './use-teamwork-t.js';

/**
 * The conversation's tags in its header: coloured chips with a remove button each, and "Add tag"
 * (find one, or create one by typing its name). Saving is `PUT /conversations/{id}/tags` with the
 * whole set; the server then sends `conversation:updated` to every agent, which is how colleagues
 * (and this header) see the change.
 */
export function ConversationTagBar({ conversation }: { conversation: Conversation }) {
  const tt = useTeamworkT();
  const rest = useRestClient();
  const catalog = useTagCatalog();
  const tags = useStore(catalog.tags);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  // What this agent just saved, shown until the server's update for it arrives.
  const [saved, setSaved] = useState<string[] | null>(null);
  useEffect(() => setSaved(null), [conversation.tagIds?.join()]);
  const addButton = useRef<HTMLButtonElement>(null);
  const current = saved ?? conversation.tagIds ?? [];
  const byId = useTagsById(current);

  const save = async (tagIds: string[]) => {
    const result = await rest<{ conversation: Conversation }>('PUT', `/conversations/${conversation.id}/tags`, { tagIds });
    setError(result.ok ? null : result.error);
    if (result.ok) setSaved(result.data.conversation.tagIds ?? []);
  };
  const pick = async (choice: TagChoice) => {
    setPicking(false);
    addButton.current?.focus();
    let id: string;
    if (choice.kind === 'tag') id = choice.tag.id;
    else {
      const created = await catalog.create({ name: choice.name, colour: colourForName(choice.name) });
      if (!created.ok) return setError(created.error);
      id = created.data.tag.id;
    }
    await save([...current, id]);
  };
  const close = () => {
    setPicking(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <div class="conversation-tags" role="group" aria-label={tt('tags.label')}>
      <ul class="tag-chips">
        {current.flatMap((id) => {
          const tag = byId.get(id);
          return tag
            ? [
                <li key={id}>
                  <TagChip tag={tag}>
                    <button type="button" class="tag-chip-remove" aria-label={tt('tags.remove', { name: tag.name })} onClick={() => void save(current.filter((x) => x !== id))}>
                      <span aria-hidden="true">×</span>
                    </button>
                  </TagChip>
                </li>,
              ]
            : [];
        })}
      </ul>
      <div class="tag-add">
        <button ref={addButton} type="button" class="button tag-add-button" aria-expanded={picking} onClick={() => (picking ? close() : (void catalog.refresh(), setPicking(true)))}>
          <span aria-hidden="true">+</span> {tt('tags.add')}
        </button>
        {picking && <TagPicker tags={tags} exclude={new Set(current)} onPick={(c) => void pick(c)} onClose={close} />}
      </div>
      {error && (
        <p class="tag-error" role="alert">
          {tt('tags.saveFailed', { reason: error.message })}
        </p>
      )}
    </div>
  );
}
