import { useEffect, useRef } from 'preact/hooks';
import type { Mention } from '@parley/shared';
import type { AlertPreferences } from '../notifications/visitor-alerts.js';
import { showDesktopNotification } from '../notifications/desktop-notification.js';
import { playChime } from '../routing/alert-sound.js';
import { useTeamworkT } from '../tags/use-teamwork-t.js';
import { useToast } from '../ui/toast.js';
import type { MentionFeed } from './mention-feed.js';

/** How much of the note a toast or notification shows. */
const SNIPPET = 140;

/**
 * A new mention, wherever the agent is in the console: a toast, the alert sound unless muted,
 * and a desktop notification when the person menu's switch is on and the browser allows it
 * (the same preferences as a visitor's line). Clicking the notification opens the conversation.
 */
export function MentionAlerts({ feed, preferences, onOpen }: { feed: MentionFeed; preferences: AlertPreferences; onOpen(mention: Mention): void }) {
  const tt = useTeamworkT();
  const toast = useToast();
  const latest = useRef({ tt, toast, preferences, onOpen });
  latest.current = { tt, toast, preferences, onOpen };
  useEffect(
    () =>
      feed.onNew((mention) => {
        const { tt, toast, preferences, onOpen } = latest.current;
        const text = Array.from(mention.text).slice(0, SNIPPET).join('');
        toast(tt('mentions.toast', { name: mention.byName, text }), 'neutral');
        if (preferences.sound) playChime();
        showDesktopNotification(preferences.desktop, tt('mentions.by', { name: mention.byName }), text, mention.id, () => onOpen(mention));
      }),
    [feed],
  );
  return null;
}
