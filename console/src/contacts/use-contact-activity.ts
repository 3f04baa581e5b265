import { useEffect, useState } from 'preact/hooks';
import type { Conversation } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';

/** Past this many conversations the count reads "200+" (the route's largest page). */
export const ACTIVITY_CAP = 200;

export interface ContactActivity {
  /** Conversations of every browser of the contact, up to `ACTIVITY_CAP`. */
  count: number;
  capped: boolean;
  /** The latest activity in any of them; `null` with none. */
  lastSeenAt: number | null;
}

/**
 * A contact's conversation count and when they were last seen, read from
 * `GET /contacts/{id}/conversations` (the list's answer carries neither). `version` reads again
 * (after a merge the kept contact has more).
 */
export function useContactActivity(contactId: string, version = 0): ContactActivity | null {
  const rest = useRestClient();
  const [activity, setActivity] = useState<ContactActivity | null>(null);
  useEffect(() => {
    let live = true;
    void rest<{ conversations: Conversation[] }>('GET', `/contacts/${encodeURIComponent(contactId)}/conversations?limit=${ACTIVITY_CAP}`).then((r) => {
      if (!live || !r.ok) return;
      const list = r.data.conversations;
      setActivity({ count: list.length, capped: list.length >= ACTIVITY_CAP, lastSeenAt: list.length ? Math.max(...list.map((c) => c.updatedAt)) : null });
    });
    return () => void (live = false);
  }, [rest, contactId, version]);
  return activity;
}
