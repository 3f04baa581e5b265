import { z } from 'zod';
import { cannedReplyInputSchema, cannedReplyScopes, conversationTagsSchema, tagInputSchema, tagPatchSchema } from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const body = (schema: z.ZodType) => ({ required: true, content: json(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) });
const security = [{ agentToken: [] }];
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const unauthorized = { 401: errorResponse('Missing or invalid token') };
const bad = { 400: errorResponse('Malformed body: error.issues names each invalid field; nothing changed') };
const one = (name: string, key: string, description: string) => ({
  description,
  content: json({ type: 'object', required: [key], properties: { [key]: ref(name) } }),
});

/** Canned replies' and tags' schemas, merged into the document's components. */
export function agentToolsSchemas(): Record<string, object> {
  return {
    CannedReply: {
      type: 'object',
      required: ['id', 'workspaceId', 'shortcut', 'texts', 'scope', 'ownerId', 'createdAt', 'updatedAt'],
      properties: {
        id: { type: 'string' },
        workspaceId: { type: 'string' },
        shortcut: { type: 'string', description: 'What an agent types after `/`, lower-case' },
        texts: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description:
            'One text per language tag. Variables {{visitor.name}}, {{visitor.email}}, {{agent.name}}, {{site.name}} are filled in by the console ' +
            '(`cannedReplyText` in @parley/shared); `{{visitor.name|there}}` names the fallback for an empty value.',
        },
        scope: { type: 'string', enum: cannedReplyScopes },
        ownerId: { type: ['string', 'null'], description: 'The agent a personal reply belongs to; null for a workspace reply' },
        createdAt: { type: 'integer' },
        updatedAt: { type: 'integer' },
      },
    },
    Mention: {
      type: 'object',
      required: ['id', 'workspaceId', 'conversationId', 'messageId', 'agentId', 'byId', 'byName', 'text', 'createdAt', 'readAt'],
      properties: {
        id: { type: 'string' },
        workspaceId: { type: 'string' },
        conversationId: { type: 'string' },
        messageId: { type: 'string', description: 'The internal note' },
        agentId: { type: 'string', description: 'The agent named' },
        byId: { type: 'string' },
        byName: { type: 'string' },
        text: { type: 'string', description: "The note's text, at most 300 characters" },
        createdAt: { type: 'integer' },
        readAt: { type: ['integer', 'null'] },
      },
    },
    Tag: {
      type: 'object',
      required: ['id', 'workspaceId', 'name', 'colour', 'createdAt'],
      properties: {
        id: { type: 'string' },
        workspaceId: { type: 'string' },
        name: { type: 'string' },
        colour: { type: 'string', description: '#rrggbb' },
        createdAt: { type: 'integer' },
      },
    },
  };
}

/** `/canned-replies`, `/tags` and `/conversations/{id}/tags`. */
export function agentToolsPaths(): Record<string, object> {
  return {
    '/canned-replies': {
      get: {
        summary: "The workspace's shared canned replies and the caller's personal ones, by shortcut",
        security,
        responses: {
          200: { description: 'The replies', content: json({ type: 'object', required: ['cannedReplies'], properties: { cannedReplies: { type: 'array', items: ref('CannedReply') } } }) },
          ...unauthorized,
        },
      },
      post: {
        summary: 'Create a canned reply: personal (any agent, only they see it) or workspace (admins)',
        description: 'A shortcut is unique among the workspace replies, and among each agent’s personal ones; a personal one may share a workspace reply’s shortcut.',
        security,
        requestBody: body(cannedReplyInputSchema),
        responses: {
          201: one('CannedReply', 'cannedReply', 'Created'),
          ...bad,
          ...unauthorized,
          403: errorResponse('A workspace reply, and the caller is not an admin'),
          409: errorResponse('The shortcut is taken in that scope'),
        },
      },
    },
    '/canned-replies/{id}': {
      parameters: idParam,
      get: {
        summary: 'One canned reply (someone else’s personal reply is not found)',
        security,
        responses: { 200: one('CannedReply', 'cannedReply', 'The reply'), ...unauthorized, 404: errorResponse('No such reply for the caller') },
      },
      put: {
        summary: 'Replace a canned reply (its owner; a workspace reply: admins)',
        security,
        requestBody: body(cannedReplyInputSchema),
        responses: {
          200: one('CannedReply', 'cannedReply', 'The reply as stored'),
          ...bad,
          ...unauthorized,
          403: errorResponse('A workspace reply, and the caller is not an admin'),
          404: errorResponse('No such reply for the caller'),
          409: errorResponse('The shortcut is taken in that scope'),
        },
      },
      delete: {
        summary: 'Delete a canned reply (its owner; a workspace reply: admins)',
        security,
        responses: { 204: { description: 'Deleted' }, ...unauthorized, 403: errorResponse('Not an admin'), 404: errorResponse('No such reply for the caller') },
      },
    },
    '/tags': {
      get: {
        summary: "The workspace's tags, by name",
        security,
        responses: { 200: { description: 'The tags', content: json({ type: 'object', required: ['tags'], properties: { tags: { type: 'array', items: ref('Tag') } } }) }, ...unauthorized },
      },
      post: {
        summary: 'Create a tag (any agent)',
        security,
        requestBody: body(tagInputSchema),
        responses: { 201: one('Tag', 'tag', 'Created'), ...bad, ...unauthorized, 409: errorResponse('A tag of that name (ignoring case) exists') },
      },
    },
    '/tags/{id}': {
      parameters: idParam,
      patch: {
        summary: 'Rename or recolour a tag (admin)',
        security,
        requestBody: body(tagPatchSchema),
        responses: {
          200: one('Tag', 'tag', 'The tag as stored'),
          ...bad,
          ...unauthorized,
          403: errorResponse('Not an admin'),
          404: errorResponse('No such tag in the workspace'),
          409: errorResponse('A tag of that name exists'),
        },
      },
      delete: {
        summary: 'Delete a tag and take it off every conversation (admin)',
        security,
        responses: { 204: { description: 'Deleted' }, ...unauthorized, 403: errorResponse('Not an admin'), 404: errorResponse('No such tag in the workspace') },
      },
    },
    '/mentions': {
      get: {
        summary: 'The caller’s mentions (colleagues wrote @their name in an internal note), newest first',
        description: 'Each new one also reaches the agent’s console sockets as the `mention:new` event.',
        security,
        parameters: [
          { name: 'unread', in: 'query', schema: { type: 'string', enum: ['true', 'false'] }, description: 'true: only those not marked read' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
        ],
        responses: {
          200: { description: 'The mentions', content: json({ type: 'object', required: ['mentions'], properties: { mentions: { type: 'array', items: ref('Mention') } } }) },
          400: errorResponse('Bad unread or limit'),
          ...unauthorized,
        },
      },
    },
    '/mentions/{id}/read': {
      parameters: idParam,
      post: {
        summary: 'Mark one of the caller’s mentions read (the first time counts)',
        security,
        responses: { 200: one('Mention', 'mention', 'The mention'), ...unauthorized, 404: errorResponse('No such mention of the caller') },
      },
    },
    '/conversations/{id}/tags': {
      parameters: idParam,
      put: {
        summary: "Replace a conversation's tags; the console hears conversation:updated with `tagIds`",
        security,
        requestBody: body(conversationTagsSchema),
        responses: {
          200: one('Conversation', 'conversation', 'The conversation with its `tagIds`'),
          400: errorResponse('Malformed body, or a tag id that is not one of the workspace’s (error.issues names `tagIds.N`); nothing changed'),
          ...unauthorized,
          404: errorResponse('No such conversation in the workspace'),
        },
      },
    },
  };
}
