import type { RestClient } from '../api/rest-client.js';
import type { ErrorBody } from '@parley/shared';

/**
 * Saves `GET /contacts/{id}/export` (the contact, every conversation and message) as
 * `contact-<id>.json`. Read through the REST client, then handed to the browser as a file: the
 * document is the same JSON the server answered, indented for people.
 */
export async function exportContact(rest: RestClient, contactId: string): Promise<{ ok: true; file: string } | { ok: false; error: ErrorBody }> {
  const result = await rest<unknown>('GET', `/contacts/${encodeURIComponent(contactId)}/export`);
  if (!result.ok) return result;
  const file = `contact-${contactId}.json`;
  const url = URL.createObjectURL(new Blob([JSON.stringify(result.data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the object URL can go once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { ok: true, file };
}
