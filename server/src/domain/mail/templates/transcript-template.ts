import { fillPlaceholders, type Locale } from '@parley/shared';
import type { MailTemplate, TranscriptLine } from './mail-blocks.js';

const copy: Record<Locale, { subject: string; body: string; note: string; you: string }> = {
  en: {
    subject: 'Your conversation with {siteName}',
    body: 'Here is the transcript of your conversation with {siteName}:',
    note: 'You asked for this transcript in the chat on our website.',
    you: 'You',
  },
  'zh-CN': {
    subject: '您与 {siteName} 的对话记录',
    body: '以下是您与 {siteName} 的对话记录：',
    note: '这份对话记录是您在我们网站的聊天窗口中请求的。',
    you: '您',
  },
  'zh-TW': {
    subject: '您與 {siteName} 的對話紀錄',
    body: '以下是您與 {siteName} 的對話紀錄：',
    note: '這份對話紀錄是您在我們網站的聊天視窗中要求的。',
    you: '您',
  },
};

/** How a transcript names the visitor who reads it. */
export function transcriptSelf(locale: Locale): string {
  return copy[locale].you;
}

/** Encodes transcript lines for `MailRequest.data.lines` (the port carries strings only). */
export function encodeTranscript(lines: TranscriptLine[]): string {
  return JSON.stringify(lines);
}

function decodeTranscript(value: string): TranscriptLine[] {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) throw new Error('transcript lines must be a JSON array');
  return parsed.map((l: Partial<TranscriptLine>) => ({ who: String(l.who ?? ''), at: Number(l.at ?? 0), text: String(l.text ?? '') }));
}

/** A conversation's visible transcript, to the visitor who asked: `{ siteName, lines }` (lines from `encodeTranscript`). */
export const transcriptTemplate: MailTemplate = {
  required: ['siteName', 'lines'],
  compose(locale, data) {
    const c = copy[locale];
    return {
      subject: fillPlaceholders(c.subject, data),
      blocks: [
        { kind: 'paragraph', text: fillPlaceholders(c.body, data) },
        { kind: 'transcript', lines: decodeTranscript(data.lines!) },
        { kind: 'paragraph', text: c.note },
      ],
    };
  },
};
