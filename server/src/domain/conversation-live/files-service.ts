import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { nanoid } from 'nanoid';
import {
  ErrorCode,
  MAX_UPLOAD_BYTES,
  type Conversation,
  type Message,
  type MessageAuthor,
  type UploadedFile,
} from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { TokenService } from '../../auth/tokens.js';
import type { FileStorage } from '../../store/file-storage-port.js';
import type { AttachmentRecord, StoredAttachment } from '../../store/live-port.js';
import type { Store } from '../../store/port.js';
import { assertCanSee, assertNotClosed, type Actor } from '../conversations/conversation-access.js';
import { settingsOf } from '../routing/site-settings.js';
import { detectFileType } from './file-type.js';
import type { FileLinks } from './file-links.js';

/** A file the transport has received whole into a temporary path (deleted by the caller afterwards). */
export interface StagedFile {
  path: string;
  /** Bytes received. */
  size: number;
  /** The name the client gave (only shown, never trusted for the type). */
  name: string;
  /** The first bytes, for the type check. */
  head: Uint8Array;
}

export interface FilesDeps {
  store: Store;
  storage: FileStorage;
  links: FileLinks;
  tokens: TokenService;
  /** Makes an image's thumbnail; `null`: images get none. */
  thumbnail: ((from: string, to: string) => Promise<void>) | null;
  now?: () => number;
}

const imageTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Files in conversations: uploads checked by their bytes against the site's limits, the records
 * messages name, signed links to read them, and removal with their conversation.
 */
export class FilesService {
  private readonly now: () => number;

  constructor(private readonly deps: FilesDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** The visitor or agent a Bearer token speaks for (a visitor's token carries its site). */
  async actorFor(token: string): Promise<Actor> {
    const { tokens, store } = this.deps;
    try {
      const claims = tokens.verifyAgent(token);
      const agent = await store.getAgent(claims.agentId);
      if (agent && agent.workspaceId === claims.workspaceId) {
        return { kind: 'agent', agentId: agent.id, workspaceId: agent.workspaceId, name: agent.name, role: agent.role };
      }
    } catch {
      // not an agent token: try a visitor's
    }
    const claims = tokens.verifyVisitor(token);
    const [visitor, site] = await Promise.all([store.getVisitor(claims.visitorId), store.getSite(claims.siteId)]);
    if (!visitor || !site || visitor.siteId !== site.id) throw new AppError(ErrorCode.unauthorized, 'invalid or expired token');
    return { kind: 'visitor', visitorId: visitor.id, siteId: site.id, workspaceId: site.workspaceId, name: visitor.name };
  }

  /** The most bytes worth receiving before the conversation is known (a visitor's site is). */
  async receiveLimit(actor: Actor, conversationId?: string): Promise<number> {
    const siteId = conversationId ? (await this.deps.store.getConversation(conversationId))?.siteId : actor.kind === 'visitor' ? actor.siteId : undefined;
    const site = siteId ? await this.deps.store.getSite(siteId) : null;
    return site ? settingsOf(site).uploads.maxBytes : MAX_UPLOAD_BYTES;
  }

  /**
   * Stores a received file for a conversation the actor may write in: refused when uploads are
   * off, the file is empty or over the site's limit, or its bytes are not an accepted type.
   * Nothing is stored unless everything succeeds (the bytes are removed again when the record fails).
   */
  async upload(actor: Actor, conversationId: string, file: StagedFile, truncated: boolean): Promise<UploadedFile> {
    const { store, storage } = this.deps;
    const conversation = assertCanSee(actor, await store.getConversation(conversationId));
    assertNotClosed(conversation);
    const site = await store.getSite(conversation.siteId);
    const limits = settingsOf(site ?? {}).uploads;
    if (!limits.enabled) throw new AppError(ErrorCode.forbidden, 'this site does not accept files');
    if (truncated || file.size > limits.maxBytes) {
      throw new AppError(ErrorCode.payloadTooLarge, `the file is larger than ${limits.maxBytes} bytes`);
    }
    if (file.size === 0) throw new AppError(ErrorCode.badRequest, 'the file is empty');
    const type = detectFileType(file.head);
    if (!type || !(limits.types as string[]).includes(type)) {
      throw new AppError(ErrorCode.unsupportedMediaType, `this kind of file is not accepted (allowed: ${limits.types.join(', ')})`);
    }
    const record: AttachmentRecord = {
      id: nanoid(),
      conversationId,
      workspaceId: conversation.workspaceId,
      siteId: conversation.siteId,
      name: cleanName(file.name, type),
      size: file.size,
      type,
      uploader: actor.kind === 'visitor' ? { type: 'visitor', id: actor.visitorId } : actor.kind === 'agent' ? { type: 'agent', id: actor.agentId } : { type: 'bot', id: actor.botId },
      messageId: null,
      thumbnail: false,
      createdAt: this.now(),
    };
    const keys: string[] = [];
    try {
      if (imageTypes.has(type) && this.deps.thumbnail) {
        const thumbPath = `${file.path}.thumb`;
        try {
          await this.deps.thumbnail(file.path, thumbPath).catch(() => {
            throw new AppError(ErrorCode.unsupportedMediaType, 'the image could not be read');
          });
          keys.push(`${record.id}.thumb`);
          await storage.put(`${record.id}.thumb`, thumbPath);
          record.thumbnail = true;
        } finally {
          await rm(thumbPath, { force: true });
        }
      }
      keys.push(record.id);
      await storage.put(record.id, file.path);
      await store.live.createAttachment(record);
    } catch (err) {
      await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
      throw err;
    }
    return { id: record.id, name: record.name, size: record.size, type: record.type };
  }

  /**
   * The attachments a new message may carry: each uploaded by its author into this conversation
   * and not yet on another message. `bad_request` names the first that is not.
   */
  async forMessage(author: MessageAuthor, conversation: Conversation, ids: string[]): Promise<StoredAttachment[]> {
    const unique = [...new Set(ids)];
    const records = await Promise.all(unique.map((id) => this.deps.store.live.getAttachment(id)));
    return records.map((record, i) => {
      const ok = record && record.conversationId === conversation.id && record.messageId === null &&
        record.uploader.type === author.type && record.uploader.id === author.id;
      if (!ok || !record) throw new AppError(ErrorCode.badRequest, `attachments: ${unique[i]} is not a file you uploaded to this conversation, or it is already sent`);
      return { id: record.id, name: record.name, size: record.size, type: record.type };
    });
  }

  /** Marks the attachments as the message's (after the message is stored). */
  async bind(ids: string[], messageId: string): Promise<void> {
    await this.deps.store.live.bindAttachments([...new Set(ids)], messageId);
  }

  /** The message with a fresh signed link on each attachment (and thumbnail). */
  present(message: Message): Message {
    if (!message.attachments?.length) return message;
    const { links } = this.deps;
    return {
      ...message,
      attachments: message.attachments.map(({ id, name, size, type }) => ({
        id, name, size, type,
        url: links.url(id),
        ...(imageTypes.has(type) && this.deps.thumbnail ? { thumbnailUrl: links.url(id, 'thumb') } : {}),
      })),
    };
  }

  /** A file through its signed link: `not_found` for a bad, changed or expired link (says nothing more). */
  async download(id: string, variant: 'file' | 'thumb', expires: unknown, sig: unknown): Promise<{ record: AttachmentRecord; body: Readable }> {
    if (!this.deps.links.verify(id, variant, expires, sig)) throw new AppError(ErrorCode.forbidden, 'this link is not valid or has expired');
    const record = await this.deps.store.live.getAttachment(id);
    if (!record || (variant === 'thumb' && !record.thumbnail)) throw notFound('file');
    const body = await this.deps.storage.open(variant === 'thumb' ? `${id}.thumb` : id);
    if (!body) throw notFound('file');
    return { record, body };
  }

  /**
   * Deletes a conversation for good (`DELETE /conversations/{id}`): admins of its workspace only,
   * and only once it is closed (an open chat still holds an agent's slot and the queue's place).
   * Its files go first, from the storage and as records, then the conversation with its messages:
   * a deletion cut short leaves a conversation without files, never files without a conversation.
   */
  async deleteConversation(actor: Actor, conversationId: string): Promise<void> {
    if (actor.kind !== 'agent' || actor.role !== 'admin') throw new AppError(ErrorCode.forbidden, 'only admins can delete conversations');
    const conversation = assertCanSee(actor, await this.deps.store.getConversation(conversationId));
    if (conversation.status !== 'closed') throw new AppError(ErrorCode.conflict, 'close the conversation before deleting it');
    await this.deleteConversationFiles(conversationId);
    await this.deps.store.live.deleteConversation(conversationId);
  }

  /** Deletes a conversation's files and their records (its deletion calls this first). */
  async deleteConversationFiles(conversationId: string): Promise<number> {
    const records = await this.deps.store.live.listAttachments(conversationId);
    for (const record of records) {
      await this.deps.storage.delete(record.id);
      if (record.thumbnail) await this.deps.storage.delete(`${record.id}.thumb`);
    }
    await this.deps.store.live.deleteAttachments(records.map((r) => r.id));
    return records.length;
  }
}

const extensionOf: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
};

/** The shown name: no path, no control characters, at most 200 characters, never empty. */
function cleanName(name: string, type: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return clean || `file.${extensionOf[type] ?? 'bin'}`;
}
