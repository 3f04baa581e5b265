import { AttachmentType } from '@parley/shared';

/**
 * The type of a file from its first bytes (never its name or the type the client declared):
 * an `.exe` renamed `.png` starts with `MZ`, not the PNG signature, and is refused. Plain text
 * is valid UTF-8 without NUL or other control bytes (tabs and line breaks allowed).
 * `null`: none of the types Parley accepts.
 */
export function detectFileType(head: Uint8Array): AttachmentType | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  const ascii = (offset: number, text: string) => [...text].every((ch, i) => head[offset + i] === ch.charCodeAt(0));
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return AttachmentType.png;
  if (starts(0xff, 0xd8, 0xff)) return AttachmentType.jpeg;
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return AttachmentType.gif;
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return AttachmentType.webp;
  if (ascii(0, '%PDF-')) return AttachmentType.pdf;
  return isPlainText(head) ? AttachmentType.text : null;
}

function isPlainText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  for (const b of head) {
    if (b === 0x09 || b === 0x0a || b === 0x0d) continue;
    if (b < 0x20 || b === 0x7f) return false;
  }
  // The head may end inside a multi-byte character: drop up to 3 trailing bytes of one.
  let end = head.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = head[end - i]!;
    if ((b & 0xc0) === 0xc0) {
      end -= i;
      break;
    }
    if ((b & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
