/**
 * The live conversation (issue 13): typing and sneak peek, seen, files, ratings, the pre-chat
 * form. Types as they travel on the wire; the schemas that check what clients send are in
 * `live-schemas.ts`, the settings in `live-settings.ts`.
 */

/** Typing relays: at most one `typing: true` per person and conversation every this long. */
export const TYPING_RELAY_MS = 2000;
/**
 * A `typing: true` not renewed for this long has gone stale (its `false` was lost: a closed tab,
 * a dropped connection). Above the relay interval and the sender's 5 s idle, so a typist still
 * at it is never dropped; every client that shows typing ends it here.
 */
export const TYPING_STALE_MS = 7000;
/** Sneak peek: at most one draft per visitor and conversation every this long. */
export const DRAFT_RELAY_MS = 300;
/** Sneak peek: the longest draft relayed (characters). */
export const DRAFT_MAX_CHARS = 1000;
/** A rating may be given until this long after the conversation closed. */
export const RATING_WINDOW_MS = 24 * 3600 * 1000;
/** A rating may be given once and changed once. */
export const RATING_MAX_WRITES = 2;
/** A signed file link stays valid this long. */
export const FILE_LINK_TTL_MS = 3600 * 1000;
/** Most attachments one message carries. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;

/** File types Parley recognises by their magic bytes (never by name or declared type). */
export const AttachmentType = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  text: 'text/plain',
} as const;
export type AttachmentType = (typeof AttachmentType)[keyof typeof AttachmentType];
export const attachmentTypes = Object.values(AttachmentType) as [AttachmentType, ...AttachmentType[]];

/** What `POST /api/v1/uploads` answers: the id a message's `attachments` names. */
export interface UploadedFile {
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  /** Detected from the content, e.g. `image/png`. */
  type: AttachmentType;
}

/** A file on a message. `url` is a signed link valid for an hour; read the message again for a fresh one. */
export interface Attachment extends UploadedFile {
  url: string;
  /** Images: a signed link to a thumbnail (at most 320×320, WebP). */
  thumbnailUrl?: string;
}

/** A visitor's rating of a closed conversation. `score` 1–5; thumbs are 1 (down) and 5 (up). */
export interface ConversationRating {
  score: number;
  comment: string | null;
  ratedAt: number;
}

/** Who is typing, as the other side sees it. */
export interface TypingPerson {
  type: 'visitor' | 'agent';
  id: string;
  name: string | null;
}

/** Relayed `typing`: `draft` (sneak peek) reaches agents only, and only when the site allows it. */
export interface TypingNotice {
  conversationId: string;
  who: TypingPerson;
  typing: boolean;
  draft?: string;
}

/** Relayed `conversation:read`: the highest seq the other side has seen. */
export interface ReadNotice {
  conversationId: string;
  by: 'visitor' | 'agent';
  seq: number;
}

/** `conversation:viewers`: the agents who have a conversation open now (the console's "also here"). */
export interface ConversationViewers {
  conversationId: string;
  viewers: { id: string; name: string }[];
}

/** Pre-chat answers kept on the visitor, by field id (checkbox: boolean; others: text). */
export type PrechatAnswers = Record<string, string | boolean>;
