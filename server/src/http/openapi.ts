import { z } from 'zod';
import { botOpenApi } from './bot-openapi.js';
import { conversationStatuses, limits, loginSchema, restSendMessageSchema } from '@parley/shared';
import { knowledgePaths } from './openapi-knowledge.js';
import { proactivePaths, proactiveSchemas } from './openapi-proactive.js';
import { routingPaths, routingSchemas } from './openapi-routing.js';
import { mailPaths, mailSchemas } from './openapi-mail.js';
import { accountsPaths, accountsSchemas } from './openapi-accounts.js';
import { livePaths, liveSchemas } from './openapi-live.js';
import { agentToolsPaths, agentToolsSchemas } from './openapi-agent-tools.js';
import { contactPaths, contactSchemas } from './openapi-contacts.js';
import { searchPaths } from './openapi-search.js';
import { supervisionPaths } from './openapi-supervision.js';
import { reportsPaths, reportsSchemas } from './openapi-reports.js';
import { privacyPaths, privacySchemas } from './openapi-privacy.js';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const bodySchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

const author = {
  type: 'object',
  required: ['type', 'id', 'name'],
  properties: {
    type: { type: 'string', enum: ['visitor', 'agent', 'bot', 'system'] },
    id: { type: ['string', 'null'] },
    name: { type: ['string', 'null'] },
  },
};

/**
 * The REST API's OpenAPI 3.1 document. Request bodies come from the same zod schemas that
 * validate them, so the document cannot drift from what the server accepts.
 */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Parley REST API', version: '1.0.0', description: 'Agents and integrations. Times are epoch milliseconds.' },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        agentToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An agent token from login, or a workspace API key (`pk_…`, acting as an admin of its workspace)' }, ...botOpenApi.securitySchemes },
      schemas: {
        ...botOpenApi.schemas,
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                issues: {
                  type: 'array',
                  description: 'Validation failures: each invalid field by its dotted path',
                  items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
                },
              },
            },
          },
        },
        Agent: {
          type: 'object',
          required: ['id', 'workspaceId', 'email', 'name', 'role', 'capacity', 'createdAt'],
          properties: {
            id: { type: 'string' },
            workspaceId: { type: 'string' },
            email: { type: 'string' },
            name: { type: 'string' },
            role: { type: 'string', enum: ['agent', 'supervisor', 'admin'] },
            capacity: { type: 'integer' },
            active: { type: 'boolean', description: 'False once an admin removed their access' },
            avatarUrl: { type: ['string', 'null'] },
            language: { type: ['string', 'null'] },
            createdAt: { type: 'integer' },
          },
        },
        Conversation: {
          type: 'object',
          required: ['id', 'workspaceId', 'siteId', 'visitorId', 'status', 'assigneeId', 'lastSeq', 'createdAt', 'updatedAt'],
          properties: {
            id: { type: 'string' },
            workspaceId: { type: 'string' },
            siteId: { type: 'string' },
            visitorId: { type: 'string' },
            status: { type: 'string', enum: conversationStatuses },
            assigneeId: { type: ['string', 'null'] },
            lastSeq: { type: 'integer' },
            tagIds: { type: 'array', items: { type: 'string' }, description: 'The workspace tags on it (absent when none)' },
            lastMessage: { type: ['object', 'null'] },
            createdAt: { type: 'integer' },
            updatedAt: { type: 'integer' },
            closedAt: { type: ['integer', 'null'] },
            agentReadSeq: { type: 'integer', description: 'Highest seq an agent has seen (absent: 0)' },
            visitorReadSeq: { type: 'integer', description: 'Highest seq the visitor has seen (absent: 0)' },
            rating: { oneOf: [ref('Rating'), { type: 'null' }], description: "The visitor's rating after the close (absent: none)" },
          },
        },
        Message: {
          type: 'object',
          required: ['id', 'conversationId', 'seq', 'clientId', 'author', 'text', 'internal', 'createdAt'],
          properties: {
            id: { type: 'string' },
            conversationId: { type: 'string' },
            seq: { type: 'integer', description: 'Per-conversation order, assigned by the server' },
            clientId: { type: 'string', description: 'Sender-chosen id; a repeat returns the stored message' },
            author,
            text: { type: 'string', maxLength: limits.messageText },
            internal: { type: 'boolean' },
            whisperTo: { type: 'string', description: 'A whisper: the one agent (with supervisors and admins) who reads it; never sent to visitors, bots or webhooks' },
            createdAt: { type: 'integer' },
            attachments: { type: 'array', items: ref('Attachment'), description: 'Files on the message (absent when none)' },
          },
        },
        ...proactiveSchemas(),
        ...routingSchemas(),
        ...mailSchemas(),
        ...accountsSchemas(),
        ...liveSchemas(),
        ...agentToolsSchemas(),
        ...contactSchemas(),
        ...reportsSchemas(),
        ...privacySchemas(),
      },
    },
    paths: {
      ...proactivePaths(),
      ...botOpenApi.paths,
      ...knowledgePaths(),
      ...routingPaths(),
      ...mailPaths(),
      ...accountsPaths(),
      ...livePaths(),
      ...agentToolsPaths(),
      ...contactPaths(),
      ...searchPaths(),
      ...supervisionPaths(),
      ...reportsPaths(),
      ...privacyPaths(),
      '/auth/login': {
        post: {
          summary: 'Sign an agent in',
          requestBody: { required: true, content: json(bodySchema(loginSchema)) },
          responses: {
            200: {
              description: 'A JWT for the Authorization header, and the agent',
              content: json({ type: 'object', required: ['token', 'agent'], properties: { token: { type: 'string' }, agent: ref('Agent') } }),
            },
            400: errorResponse('Malformed body'),
            401: errorResponse('Wrong email or password'),
          },
        },
      },
      '/conversations': {
        get: {
          summary: "Conversations of the agent's workspace, newest activity first",
          security: [{ agentToken: [] }],
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string', enum: conversationStatuses } },
            { name: 'tag', in: 'query', description: 'Only conversations carrying this tag (its id)', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: limits.listPage, default: 50 } },
          ],
          responses: {
            200: {
              description: 'The conversations',
              content: json({ type: 'object', properties: { conversations: { type: 'array', items: ref('Conversation') } } }),
            },
            401: errorResponse('Missing or invalid token'),
          },
        },
      },
      '/conversations/{id}/messages': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          summary: 'Messages after a sequence number, in order (internal notes included)',
          security: [{ agentToken: [] }],
          parameters: [
            { name: 'afterSeq', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: limits.syncPage } },
          ],
          responses: {
            200: {
              description: 'The messages',
              content: json({ type: 'object', properties: { messages: { type: 'array', items: ref('Message') } } }),
            },
            404: errorResponse('No such conversation in your workspace'),
          },
        },
        post: {
          summary: 'Reply (or add an internal note); stored before the answer',
          security: [{ agentToken: [] }],
          requestBody: { required: true, content: json(bodySchema(restSendMessageSchema)) },
          responses: {
            201: { description: 'The stored message', content: json({ type: 'object', properties: { message: ref('Message') } }) },
            400: errorResponse('Malformed body'),
            404: errorResponse('No such conversation in your workspace'),
            409: errorResponse('The conversation is closed'),
          },
        },
      },
    },
  };
}
