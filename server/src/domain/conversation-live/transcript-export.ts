import { limits, matchLocale, translateIn, transcriptCatalogs, type ConversationSnapshot, type Locale, type Message, type TranscriptFormat, type TranscriptKey } from '@parley/shared';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { Actor } from '../conversations/conversation-access.js';

export interface ExportedTranscript {
  contentType: string;
  fileName: string;
  body: string;
}

/**
 * An agent's export of a whole conversation as text, HTML or JSON. Internal notes are included
 * (the reader is an agent of the workspace) and marked on every line as internal notes for
 * agents only; in JSON they keep `internal: true`. Whispers are left out. HTML escapes every text it shows.
 */
export async function exportTranscript(
  conversations: ConversationService,
  actor: Actor & { kind: 'agent' },
  conversationId: string,
  format: TranscriptFormat,
  localeHint?: string,
): Promise<ExportedTranscript> {
  const snapshot = await conversations.snapshot(actor, conversationId);
  const messages = [...snapshot.messages];
  // The snapshot is one page; read on until the end.
  while (messages.length && messages.length % limits.syncPage === 0) {
    const more = await conversations.messagesAfter(actor, conversationId, messages[messages.length - 1]!.seq);
    if (!more.length) break;
    messages.push(...more);
  }
  // Whispers stay in the console: a file leaves it, and travels further than its reader.
  const full: ConversationSnapshot = { ...snapshot, messages: messages.filter((m) => !m.whisperTo) };
  const locale = matchLocale(localeHint ?? '') ?? 'en';
  const base = `conversation-${conversationId}`;
  if (format === 'json') return { contentType: 'application/json; charset=utf-8', fileName: `${base}.json`, body: JSON.stringify(full, null, 2) };
  if (format === 'html') return { contentType: 'text/html; charset=utf-8', fileName: `${base}.html`, body: html(full, locale) };
  return { contentType: 'text/plain; charset=utf-8', fileName: `${base}.txt`, body: text(full, locale) };
}

const t = (locale: Locale, key: TranscriptKey, params?: Record<string, string | number>) => translateIn(transcriptCatalogs, locale, key, params);
const when = (at: number) => new Date(at).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';

function who(locale: Locale, m: Message): string {
  const role = t(locale, `transcript.${m.author.type}` as TranscriptKey);
  return m.author.name ? `${m.author.name} (${role})` : role;
}

function text(s: ConversationSnapshot, locale: Locale): string {
  const lines = [t(locale, 'transcript.title'), t(locale, 'transcript.started', { time: when(s.conversation.createdAt) }), ''];
  for (const m of s.messages) {
    const note = m.internal ? `[${t(locale, 'transcript.note')}] ` : '';
    lines.push(`[${when(m.createdAt)}] ${note}${who(locale, m)}: ${m.text}`);
    for (const a of m.attachments ?? []) lines.push(`    ${t(locale, 'transcript.file')}: ${a.name} (${a.type}, ${a.size} B)`);
  }
  if (s.conversation.rating) lines.push('', t(locale, 'transcript.rating', { score: s.conversation.rating.score }) + (s.conversation.rating.comment ? ` — ${s.conversation.rating.comment}` : ''));
  return lines.join('\n') + '\n';
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function html(s: ConversationSnapshot, locale: Locale): string {
  const rows = s.messages.map((m) => {
    const files = (m.attachments ?? []).map((a) => `<li>${escapeHtml(t(locale, 'transcript.file'))}: ${escapeHtml(a.name)} (${escapeHtml(a.type)}, ${a.size} B)</li>`).join('');
    const note = m.internal ? `<strong class="note-label">${escapeHtml(t(locale, 'transcript.note'))}</strong> ` : '';
    return `<div class="msg ${m.internal ? 'note' : m.author.type}"><div class="meta">${escapeHtml(when(m.createdAt))} · ${note}${escapeHtml(who(locale, m))}</div><div class="text">${escapeHtml(m.text)}</div>${files ? `<ul>${files}</ul>` : ''}</div>`;
  });
  const rating = s.conversation.rating
    ? `<p class="rating">${escapeHtml(t(locale, 'transcript.rating', { score: s.conversation.rating.score }))}${s.conversation.rating.comment ? ` — ${escapeHtml(s.conversation.rating.comment)}` : ''}</p>`
    : '';
  const title = escapeHtml(t(locale, 'transcript.title'));
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:720px;margin:2em auto;padding:0 1em}.msg{margin:.75em 0}.meta{color:#666;font-size:12px}.text{white-space:pre-wrap}.note{background:#fff8e1;border-left:3px solid #f0b400;padding:.25em .5em}.system .text{color:#666;font-style:italic}</style>
</head><body><h1>${title}</h1><p>${escapeHtml(t(locale, 'transcript.started', { time: when(s.conversation.createdAt) }))}</p>
${rows.join('\n')}
${rating}
</body></html>
`;
}
