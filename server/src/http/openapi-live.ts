import { FILE_LINK_TTL_MS, MAX_UPLOAD_BYTES, attachmentTypes } from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });

/** The live conversation's schemas (issue 13), merged into the document's components. */
export function liveSchemas(): Record<string, object> {
  return {
    UploadedFile: {
      type: 'object',
      description: 'An uploaded file: the id a message names in `attachments`.',
      required: ['id', 'name', 'size', 'type'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string', description: 'The name the client gave, without a path, at most 200 characters' },
        size: { type: 'integer', description: 'Bytes' },
        type: { type: 'string', enum: attachmentTypes, description: 'Detected from the bytes, never from the name or declared type' },
      },
    },
    Attachment: {
      allOf: [
        ref('UploadedFile'),
        {
          type: 'object',
          required: ['url'],
          properties: {
            url: { type: 'string', description: `Signed link (\`/api/v1/files/{id}?expires=&sig=\`), valid ${FILE_LINK_TTL_MS / 60000} minutes; read the message again for a fresh one` },
            thumbnailUrl: { type: 'string', description: 'Images: a signed link to a WebP thumbnail of at most 320×320' },
          },
        },
      ],
    },
    Rating: {
      type: 'object',
      required: ['score', 'comment', 'ratedAt'],
      properties: { score: { type: 'integer', minimum: 1, maximum: 5, description: 'Thumbs are 1 (down) and 5 (up)' }, comment: { type: ['string', 'null'] }, ratedAt: { type: 'integer' } },
    },
  };
}

/** The live conversation's REST paths: uploads, signed file links, transcript export. */
export function livePaths(): Record<string, object> {
  return {
    '/uploads': {
      post: {
        summary: 'Upload a file into a conversation (visitor or agent)',
        description:
          `Multipart form with \`conversationId\` (send it before \`file\`: the site's limit then applies while receiving) and \`file\`. ` +
          "The Bearer token is the visitor's (from the widget's session) or an agent's. The file is checked by its bytes against the site's " +
          `\`uploads\` setting (default 10 MB; PNG, JPEG, GIF, WebP, PDF, plain UTF-8 text; at most ${MAX_UPLOAD_BYTES} bytes whatever the setting). ` +
          'Images get a thumbnail. Nothing is stored unless the whole upload succeeds. Send the returned id in `message:send` `attachments`.',
        security: [{ agentToken: [] }],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: { type: 'object', required: ['conversationId', 'file'], properties: { conversationId: { type: 'string' }, file: { type: 'string', format: 'binary' } } },
            },
          },
        },
        responses: {
          201: { description: 'Stored', content: json(ref('UploadedFile')) },
          400: errorResponse('`bad_request`: no file, an empty file, a malformed or cut-off body, or the conversation is closed'),
          401: errorResponse('Missing or invalid token'),
          403: errorResponse('The site accepts no files'),
          404: errorResponse('Not a conversation of this visitor or workspace'),
          409: errorResponse('The conversation is closed'),
          413: errorResponse('`payload_too_large`: larger than the site allows'),
          415: errorResponse('`unsupported_media_type`: the bytes are not one of the accepted types (an `.exe` renamed `.png` is refused)'),
        },
      },
    },
    '/files/{id}': {
      get: {
        summary: 'A file through its signed link',
        description:
          'The link itself is the credential (an `<img src>` sends no token); it is handed only to the conversation\'s visitor and its workspace\'s agents, ' +
          'in messages, and expires after an hour. Answers with `Content-Disposition` (inline for images, attachment otherwise), ' +
          '`X-Content-Type-Options: nosniff` and a sandboxing `Content-Security-Policy`.',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'expires', in: 'query', required: true, schema: { type: 'integer' }, description: 'Epoch ms' },
          { name: 'sig', in: 'query', required: true, schema: { type: 'string' }, description: 'HMAC-SHA256 (server secret) over id, variant and expiry, base64url' },
          { name: 'thumb', in: 'query', required: false, schema: { type: 'string', enum: ['1'] }, description: 'The thumbnail (its own signature)' },
        ],
        responses: {
          200: { description: 'The bytes', content: { '*/*': { schema: { type: 'string', format: 'binary' } } } },
          403: errorResponse('A changed, missing or expired signature or expiry'),
          404: errorResponse('No such file'),
        },
      },
    },
    '/conversations/{id}': {
      delete: {
        summary: 'Delete a conversation for good (admins)',
        description:
          'Removes a closed conversation, its messages and its files (from the file storage too). ' +
          'Only admins of its workspace may; an open or waiting conversation must be closed first.',
        security: [{ agentToken: [] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          204: { description: 'Deleted' },
          401: errorResponse('Missing or invalid token'),
          403: errorResponse('Not an admin'),
          404: errorResponse('Not a conversation of the workspace'),
          409: errorResponse('The conversation is not closed yet'),
        },
      },
    },
    '/conversations/{id}/transcript': {
      get: {
        summary: 'Export a conversation (agents of its workspace)',
        description:
          'The whole transcript as a download. Internal notes are included, each marked "Internal note (agents only)" (JSON: `internal: true`); ' +
          'HTML escapes all text. Labels in `locale` (en, zh-CN, zh-TW; else the Accept-Language).',
        security: [{ agentToken: [] }],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['text', 'html', 'json'], default: 'text' } },
          { name: 'locale', in: 'query', required: false, schema: { type: 'string', enum: ['en', 'zh-CN', 'zh-TW'] } },
        ],
        responses: {
          200: {
            description: 'The transcript',
            content: {
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'application/json': { schema: { type: 'object', properties: { conversation: { type: 'object' }, visitor: { type: 'object' }, messages: { type: 'array', items: { type: 'object' } } } } },
            },
          },
          400: errorResponse('Unknown format'),
          401: errorResponse('Missing or invalid token'),
          404: errorResponse('Not a conversation of the workspace'),
        },
      },
    },
  };
}
