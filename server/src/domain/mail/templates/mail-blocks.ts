import type { Locale } from '@parley/shared';

/** One line of a transcript as a mail shows it. */
export interface TranscriptLine {
  /** Who wrote it, already in the reader's language ("You", an agent's name, a bot's name). */
  who: string;
  at: number;
  text: string;
}

/** What a mail is made of; one renderer turns it into both the plain text and the HTML part. */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'link'; label: string; url: string }
  | { kind: 'transcript'; lines: TranscriptLine[] };

export interface ComposedMail {
  subject: string;
  blocks: MailBlock[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Everything that comes from data or users goes through this before it reaches HTML. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A transcript's time, in UTC: the server does not know the reader's time zone. */
export function transcriptTime(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Only web links become clickable; anything else (javascript:, data:) is shown as text. */
function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * The mail as text and HTML. The subject loses line breaks (a header cannot hold them);
 * every text goes through `escapeHtml` in the HTML part, and line breaks become `<br>`.
 */
export function renderBlocks(locale: Locale, composed: ComposedMail): RenderedMail {
  const subject = composed.subject.replace(/[\r\n]+/g, ' ').trim();
  const text = `${composed.blocks.map(blockText).join('\n\n')}\n`;
  const body = composed.blocks.map(blockHtml).join('\n');
  const html =
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="margin:0;padding:24px;background:#f4f5f7;color:#1f2328;font:15px/1.6 -apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif">\n` +
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">\n${body}\n</div>\n</body></html>\n`;
  return { subject, text, html };
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'link':
      return `${block.label}: ${block.url}`;
    case 'transcript':
      return block.lines.map((l) => `[${transcriptTime(l.at)}] ${l.who}: ${l.text.replaceAll('\n', '\n    ')}`).join('\n');
  }
}

const lines = (text: string) => escapeHtml(text).replaceAll('\n', '<br>');

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px">${lines(block.text)}</p>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #5b6ee1;background:#f6f7fb">${lines(block.text)}</blockquote>`;
    case 'link':
      if (!isWebLink(block.url)) return `<p style="margin:0 0 16px">${lines(blockText(block))}</p>`;
      return (
        `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:10px 16px;border-radius:6px;` +
        `background:#5b6ee1;color:#ffffff;text-decoration:none">${escapeHtml(block.label)}</a></p>\n` +
        `<p style="margin:0 0 16px;font-size:13px;color:#57606a;word-break:break-all">${escapeHtml(block.url)}</p>`
      );
    case 'transcript':
      return block.lines
        .map(
          (l) =>
            `<div style="margin:0 0 12px"><div style="font-size:13px;color:#57606a"><strong>${escapeHtml(l.who)}</strong> · ${escapeHtml(transcriptTime(l.at))}</div>` +
            `<div>${lines(l.text)}</div></div>`,
        )
        .join('\n');
  }
}

/** One kind of mail: the data it needs and its words in each language. */
export interface MailTemplate {
  /** Keys of `MailRequest.data` the template cannot do without. */
  required: readonly string[];
  compose(locale: Locale, data: Readonly<Record<string, string>>): ComposedMail;
}
