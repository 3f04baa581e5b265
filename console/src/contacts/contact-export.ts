import type { RestClient } from '../api/rest-client.js';
import type { ErrorBody } from '@parley/shared';
import { saveFile } from '../ui/save-file.js';

/**
 * Saves `GET /contacts/{id}/export` (the contact, every conversation and message) as
 * `contact-<id>.json`. Read through the REST client, then handed to the browser as a file: the
 * document is the same JSON the server answered, indented for people.
 */
export async function exportContact(rest: RestClient, contactId: string): Promise<{ ok: true; file: string } | { ok: false; error: ErrorBody }> {
  const result = await rest<unknown>('GET', `/contacts/${encodeURIComponent(contactId)}/export`);
  if (!result.ok) return result;
  const file = `contact-${contactId}.json`;
  saveFile(file, new Blob([JSON.stringify(result.data, null, 2)], { type: 'application/json' }));
  return { ok: true, file };
}
