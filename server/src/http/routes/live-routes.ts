import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { Router, type Request } from 'express';
import { nanoid } from 'nanoid';
import { ErrorCode, MAX_UPLOAD_BYTES, transcriptFormatSchema, uploadFieldsSchema } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { ConversationService } from '../../domain/conversations/conversation-service.js';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { FilesService, StagedFile } from '../../domain/conversation-live/files-service.js';
import { exportTranscript } from '../../domain/conversation-live/transcript-export.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';
import type { RateLimits } from '../../limits/rate-limits.js';

export interface LiveRouteDeps {
  directory: AccountsService;
  conversations: ConversationService;
  files: FilesService;
  /** Where uploads are received before they are checked (removed afterwards, whatever happens). */
  uploadTmpDir: string;
  limits: RateLimits;
}

/**
 * Files and transcripts (issue 13): `POST /uploads` (multipart: `conversationId` and `file`,
 * a visitor's or agent's Bearer token), `GET /files/{id}` (signed link), and the agents'
 * `GET /conversations/{id}/transcript`. Documented in openapi-live.ts.
 */
export function liveRoutes(deps: LiveRouteDeps): Router {
  const router = Router();
  const { files } = deps;

  router.post('/uploads', async (req, res) => {
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new AppError(ErrorCode.unauthorized, 'send Authorization: Bearer <visitor or agent token>');
    const actor = await files.actorFor(token);
    await deps.limits.take('upload', actor.kind === 'visitor' ? `v:${actor.visitorId}` : actor.kind === 'agent' ? `a:${actor.agentId}` : `b:${actor.botId}`);
    await mkdir(deps.uploadTmpDir, { recursive: true });
    const received = await receive(req, path.join(deps.uploadTmpDir, nanoid()), (conversationId) => files.receiveLimit(actor, conversationId));
    try {
      const { conversationId } = parseOr400(uploadFieldsSchema, received.fields);
      if (!received.file) throw new AppError(ErrorCode.badRequest, 'file: send the file in a multipart field named "file"');
      const uploaded = await files.upload(actor, conversationId, received.file, received.truncated);
      res.status(201).json(uploaded);
    } finally {
      if (received.file) await rm(received.file.path, { force: true });
    }
  });

  router.get('/files/:id', async (req, res) => {
    const variant = req.query.thumb === '1' ? 'thumb' : 'file';
    const { record, body } = await files.download(req.params.id, variant, req.query.expires, req.query.sig);
    const image = record.type.startsWith('image/');
    res.setHeader('Content-Type', variant === 'thumb' ? 'image/webp' : record.type === 'text/plain' ? 'text/plain; charset=utf-8' : record.type);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    res.setHeader('Cache-Control', 'private, max-age=3600');
    // Images open inline in the viewer; everything else downloads.
    res.setHeader('Content-Disposition', `${image ? 'inline' : 'attachment'}; filename="${asciiName(record.name)}"; filename*=UTF-8''${encodeURIComponent(record.name)}`);
    if (variant === 'file') res.setHeader('Content-Length', String(record.size));
    await pipeline(body, res);
  });

  router.delete('/conversations/:id', requireAgent(deps.directory), async (req, res) => {
    await files.deleteConversation(agentActor(agentOf(res)), req.params.id as string);
    res.status(204).end();
  });

  router.get('/conversations/:id/transcript', requireAgent(deps.directory), async (req, res) => {
    const { format } = parseOr400(transcriptFormatSchema, req.query);
    const locale = typeof req.query.locale === 'string' ? req.query.locale : req.headers['accept-language'];
    const out = await exportTranscript(deps.conversations, agentActor(agentOf(res)), req.params.id as string, format, locale);
    res.setHeader('Content-Type', out.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${out.fileName}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(out.body);
  });
  return router;
}

interface Received {
  fields: Record<string, string>;
  file: StagedFile | null;
  /** The file went past the limit and was cut: refuse it. */
  truncated: boolean;
}

/**
 * Reads a multipart body: text fields, and the one `file` streamed to `target` (never held in
 * memory) up to the site's limit when `conversationId` came first, else the largest limit any
 * site may set. Rejects on a malformed body, removing what it wrote.
 */
function receive(req: Request, target: string, limitFor: (conversationId?: string) => Promise<number>): Promise<Received> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 10, fieldSize: 1024, fileSize: MAX_UPLOAD_BYTES + 1 } });
    } catch {
      reject(new AppError(ErrorCode.badRequest, 'send multipart/form-data with the fields conversationId and file'));
      return;
    }
    const fields: Record<string, string> = {};
    const result: Received = { fields, file: null, truncated: false };
    let writing: Promise<void> | null = null;
    let incoming: NodeJS.ReadableStream & { destroy(err?: Error): void } | null = null;
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume();
      // Stop the file's pipeline, let it let go of the file, then remove what it wrote.
      incoming?.destroy(new Error('upload failed'));
      void Promise.resolve(writing)
        .catch(() => undefined)
        .then(() => rm(target, { force: true }))
        .finally(() => reject(err));
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || result.file) {
        stream.resume();
        return;
      }
      const staged: StagedFile = { path: target, size: 0, name: info.filename ?? '', head: new Uint8Array(0) };
      incoming = stream;
      result.file = staged;
      writing = (async () => {
        const limit = await limitFor(fields.conversationId);
        const heads: Buffer[] = [];
        let headBytes = 0;
        // Counts every byte; past the limit, the rest is read and dropped (the upload is refused).
        const meter = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            staged.size += chunk.length;
            if (headBytes < 4096) {
              heads.push(chunk);
              headBytes += chunk.length;
            }
            if (staged.size > limit) result.truncated = true;
            done(null, result.truncated ? undefined : chunk);
          },
        });
        stream.on('limit', () => {
          result.truncated = true;
        });
        await pipeline(stream, meter, createWriteStream(target));
        staged.head = new Uint8Array(Buffer.concat(heads).subarray(0, 4096));
      })();
      // Awaited on 'close'; until then a failure must not count as unhandled.
      writing.catch(() => undefined);
    });
    parser.on('error', () => fail(new AppError(ErrorCode.badRequest, 'the multipart body is malformed or was cut off')));
    parser.on('close', () => {
      if (failed) return;
      Promise.resolve(writing).then(
        () => resolve(result),
        (err: unknown) => fail(err),
      );
    });
    req.on('aborted', () => fail(new AppError(ErrorCode.badRequest, 'the upload was cut off')));
    req.on('close', () => {
      if (!req.complete) fail(new AppError(ErrorCode.badRequest, 'the upload was cut off'));
    });
    req.pipe(parser);
  });
}

/** The file name for old clients: ASCII only, without quotes. */
function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]|"/g, '_');
}
