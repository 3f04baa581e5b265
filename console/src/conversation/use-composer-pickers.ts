import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cannedReplyText, type Agent, type CannedReply, type Conversation, type Tag } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { useCannedT } from '../canned/use-canned-t.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useToast } from '../ui/toast.js';
import type { PickerOption, PickerSource } from './composer-picker.js';

/** How many options a picker lists at once: the rest are one more letter away. */
const shown = 8;

export interface ComposerPickersInput {
  conversation: Conversation | null;
  agent: Agent;
  /** What the visitor told (a name or email they gave), never the friendly name made up for them. */
  visitor?: { name: string | null; email: string | null } | undefined;
  /** The conversation's site: its name fills `{{site.name}}`, its locale is the reply's second choice. */
  site?: { name: string; locale: string | null } | undefined;
}

/**
 * The reply box's two pickers: `/` canned replies (the shared ones and this agent's own, filled
 * in for this conversation in the visitor's language) and `#` tags (picking one adds it to the
 * conversation with `PUT /conversations/{id}/tags`). Both lists are read as the view opens and
 * again each time a picker opens, so a reply an admin just wrote is there.
 */
export function useComposerPickers({ conversation, agent, visitor, site }: ComposerPickersInput): PickerSource[] {
  const rest = useRestClient();
  const toast = useToast();
  const { locale } = useI18n();
  const ct = useCannedT();
  const [replies, setReplies] = useState<CannedReply[]>([]);
  const [tags, setTags] = useState<Tag[]>([]);
  const loadReplies = useCallback(() => void rest<{ cannedReplies: CannedReply[] }>('GET', '/canned-replies').then((r) => r.ok && setReplies(r.data.cannedReplies)), [rest]);
  const loadTags = useCallback(() => void rest<{ tags: Tag[] }>('GET', '/tags').then((r) => r.ok && setTags(r.data.tags)), [rest]);
  useEffect(() => (loadReplies(), loadTags()), [loadReplies, loadTags]);
  // Read at the moment of a pick: the tags the conversation carries by then (kept live by conversation:updated).
  const current = useRef(conversation);
  current.current = conversation;

  const fill = useCallback(
    (reply: CannedReply) =>
      cannedReplyText(reply, {
        visitorLocale: conversation?.locale ?? null,
        siteLocale: site?.locale ?? null,
        values: { 'visitor.name': visitor?.name, 'visitor.email': visitor?.email, 'agent.name': agent.name, 'site.name': site?.name },
      }),
    [conversation?.locale, site, visitor, agent.name],
  );

  return useMemo(() => {
    const canned: PickerSource = {
      trigger: '/',
      label: ct('canned.picker.replies'),
      empty: ct('canned.picker.noReplies'),
      options: (query) => matchReplies(replies, query).slice(0, shown).map((r) => ({ id: r.id, label: `/${r.shortcut}`, detail: fill(r) })),
      choose: (option) => {
        const reply = replies.find((r) => r.id === option.id);
        return reply ? fill(reply) : '';
      },
      opened: loadReplies,
    };
    const tagging: PickerSource = {
      trigger: '#',
      label: ct('canned.picker.tags'),
      empty: ct('canned.picker.noTags'),
      options: (query) => {
        const on = new Set(current.current?.tagIds ?? []);
        const q = query.toLocaleLowerCase();
        return tags
          .filter((t) => !on.has(t.id) && t.name.toLocaleLowerCase().includes(q))
          .sort((a, b) => Number(!a.name.toLocaleLowerCase().startsWith(q)) - Number(!b.name.toLocaleLowerCase().startsWith(q)))
          .slice(0, shown)
          .map((t): PickerOption => ({ id: t.id, label: t.name, colour: t.colour }));
      },
      choose: (option) => {
        const conversationNow = current.current;
        if (!conversationNow) return '';
        const tagIds = [...new Set([...(conversationNow.tagIds ?? []), option.id])];
        void rest('PUT', `/conversations/${conversationNow.id}/tags`, { tagIds }).then((r) =>
          r.ok ? toast(ct('canned.picker.tagAdded', { name: option.label })) : toast(ct('canned.picker.tagFailed', { reason: r.error.message }), 'danger'),
        );
        return '';
      },
      opened: loadTags,
    };
    return [canned, tagging];
  }, [replies, tags, fill, locale, rest, toast, loadReplies, loadTags]);
}

/**
 * The replies for the word typed after `/`: shortcuts that start with it first, then shortcuts
 * holding it, then replies whose text (in any language) holds it; case ignored.
 */
export function matchReplies(replies: readonly CannedReply[], query: string): CannedReply[] {
  const q = query.toLocaleLowerCase();
  const rank = (r: CannedReply) =>
    r.shortcut.startsWith(q) ? 0 : r.shortcut.includes(q) ? 1 : Object.values(r.texts).some((text) => text.toLocaleLowerCase().includes(q)) ? 2 : 3;
  return replies
    .map((r) => ({ r, rank: rank(r) }))
    .filter((x) => x.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.r.shortcut.localeCompare(b.r.shortcut))
    .map((x) => x.r);
}
