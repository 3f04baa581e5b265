import type { RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Agent } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { loadSession } from '../auth/session.js';
import { useTeamworkT } from '../tags/use-teamwork-t.js';
import { matchColleagues, mentionHandle, mentionQueryAt } from './mention-query.js';

type Insert = (value: string, from: number, to: number) => void;

/**
 * `@` in an internal note: a listbox of colleagues filtered by what follows it; Arrow keys move,
 * Enter or Tab inserts `@Name ` (what the server's `findMentions` reads), Escape closes. It
 * listens on the composer's own field and form (keys in the capture phase, so Enter picks rather
 * than sends), so the composer only calls this hook and renders what it returns.
 */
export function useMentionPicker(field: RefObject<HTMLTextAreaElement>, internal: boolean, insert: Insert) {
  const tt = useTeamworkT();
  const rest = useRestClient();
  const listId = useId();
  const [colleagues, setColleagues] = useState<Agent[]>([]);
  const [hit, setHit] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const matches = hit ? matchColleagues(colleagues, hit.query) : [];
  const latest = useRef({ matches, active, hit, insert });
  latest.current = { matches, active, hit, insert };
  const pickAt = useRef<(index: number) => void>(() => {});

  useEffect(() => {
    if (!internal) return setHit(null);
    const me = loadSession()?.agent.id;
    void rest<{ agents: Agent[] }>('GET', '/agents').then((r) => r.ok && setColleagues(r.data.agents.filter((a) => a.active !== false && a.id !== me)));
  }, [internal, rest]);

  useEffect(() => {
    const el = field.current;
    const form = el?.form;
    if (!el || !form || !internal) return;
    const pick = (i: number) => {
      const { matches, hit, insert } = latest.current;
      const person = matches[i];
      if (!person || !hit) return;
      insert(`@${mentionHandle(person)} `, hit.start, el.selectionStart);
      setHit(null);
    };
    const onInput = () => (setHit(mentionQueryAt(el.value, el.selectionStart)), setActive(0));
    const onKey = (event: KeyboardEvent) => {
      const { matches, active } = latest.current;
      if (event.target !== el || event.isComposing || !matches.length) return;
      const n = matches.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') setActive((active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
      else if (event.key === 'Enter' || event.key === 'Tab') pick(active);
      else if (event.key === 'Escape') setHit(null);
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onBlur = () => setHit(null);
    el.addEventListener('input', onInput);
    el.addEventListener('blur', onBlur);
    form.addEventListener('keydown', onKey, true);
    pickAt.current = pick;
    return () => {
      el.removeEventListener('input', onInput);
      el.removeEventListener('blur', onBlur);
      form.removeEventListener('keydown', onKey, true);
    };
  }, [field, internal]);

  // The field is the combobox while the list shows (screen readers follow the highlighted option).
  const open = matches.length > 0;
  useEffect(() => {
    const el = field.current;
    if (!el) return;
    if (open) {
      el.setAttribute('aria-controls', listId);
      el.setAttribute('aria-activedescendant', `${listId}-${active}`);
    } else {
      el.removeAttribute('aria-controls');
      el.removeAttribute('aria-activedescendant');
    }
  }, [open, active, listId, field]);

  if (!open) return null;
  return (
    <ul id={listId} class="shortcode-list mention-list" role="listbox" aria-label={tt('mentions.picker')}>
      {matches.map((p, i) => (
        <li
          key={p.id}
          id={`${listId}-${i}`}
          role="option"
          aria-selected={i === active}
          onMouseDown={(e) => {
            e.preventDefault();
            pickAt.current(i);
          }}
        >
          <span class="mention-name">{p.name || mentionHandle(p)}</span> <span class="mention-email">{p.email}</span>
        </li>
      ))}
    </ul>
  );
}
