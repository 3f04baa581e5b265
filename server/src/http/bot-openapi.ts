import { z } from 'zod';
import {
  articleInputSchema,
  botModes,
  createBotSchema,
  restBotHandoffSchema,
  restBotSendMessageSchema,
  siteBotSchema,
} from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const err = (description: string) => ({ description, content: json(ref('Error')) });
const body = (schema: z.ZodType) => ({ required: true, content: json(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) });
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const admin = [{ agentToken: [] }];
const bot = [{ botToken: [] }];

/** Bots, the bot API and the knowledge base in the OpenAPI document: merged into `openApiDocument`. */
export const botOpenApi = {
  securitySchemes: { botToken: { type: 'http', scheme: 'bearer', description: "A bot's token (pbt_…)" } },
  schemas: {
    Bot: {
      type: 'object',
      required: ['id', 'workspaceId', 'name', 'avatarUrl', 'mode', 'webhookUrl', 'answerTimeoutMs', 'healthy', 'createdAt'],
      properties: {
        id: { type: 'string' },
        workspaceId: { type: 'string' },
        name: { type: 'string' },
        avatarUrl: { type: ['string', 'null'] },
        mode: { type: 'string', enum: botModes },
        webhookUrl: { type: ['string', 'null'] },
        answerTimeoutMs: { type: 'integer' },
        healthy: { type: 'boolean', description: 'False after repeated failed webhook deliveries' },
        createdAt: { type: 'integer' },
      },
    },
    BotCredentials: {
      type: 'object',
      required: ['bot', 'token', 'webhookSecret'],
      description: 'Shown once: the server keeps only a hash of the token.',
      properties: { bot: ref('Bot'), token: { type: 'string' }, webhookSecret: { type: 'string' } },
    },
    Article: {
      type: 'object',
      required: ['id', 'workspaceId', 'title', 'body', 'keywords', 'locale', 'createdAt', 'updatedAt'],
      properties: {
        id: { type: 'string' },
        workspaceId: { type: 'string' },
        title: { type: 'string' },
        body: { type: 'string', description: 'Markdown' },
        keywords: { type: 'array', items: { type: 'string' } },
        locale: { type: 'string' },
        group: { type: 'string', description: 'Translation group: search shows the group once, in the reader\'s language' },
        createdAt: { type: 'integer' },
        updatedAt: { type: 'integer' },
      },
    },
  },
  paths: {
    '/bots': {
      get: { summary: "The workspace's bots", security: admin, responses: { 200: { description: 'Bots', content: json({ type: 'object', properties: { bots: { type: 'array', items: ref('Bot') } } }) } } },
      post: {
        summary: 'Create a bot (admin); the answer holds its token and webhook secret, shown once',
        security: admin,
        requestBody: body(createBotSchema),
        responses: { 201: { description: 'Created', content: json(ref('BotCredentials')) }, 400: err('Malformed body'), 403: err('Not an admin') },
      },
    },
    '/bots/{id}/rotate': {
      parameters: idParam,
      post: { summary: 'New token and webhook secret (admin); the old ones stop working', security: admin, responses: { 200: { description: 'New credentials', content: json(ref('BotCredentials')) }, 404: err('No such bot') } },
    },
    '/bots/{id}': {
      parameters: idParam,
      delete: { summary: 'Delete a bot (admin); its conversations go to people first', security: admin, responses: { 204: { description: 'Deleted' }, 404: err('No such bot') } },
    },
    '/bots/{id}/avatar': {
      parameters: idParam,
      get: { summary: "A bot's avatar (public): a redirect to its URL, or a default image", responses: { 200: { description: 'SVG' }, 302: { description: 'Redirect' } } },
    },
    '/sites': {
      get: { summary: "The workspace's sites and the bot each puts first", security: admin, responses: { 200: { description: 'Sites' } } },
    },
    '/sites/{key}/bot': {
      parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
      put: { summary: "Put a bot first on a site, or none (admin)", security: admin, requestBody: body(siteBotSchema), responses: { 200: { description: 'The setting' }, 404: err('No such site or bot') } },
    },
    '/bot/conversations': {
      get: { summary: 'Conversations the calling bot holds, with transcripts', security: bot, responses: { 200: { description: 'Snapshots' }, 401: err('Bad token') } },
    },
    '/bot/conversations/{id}/messages': {
      parameters: idParam,
      get: { summary: 'Visible messages after a seq', security: bot, responses: { 200: { description: 'Messages' }, 404: err('Not held by this bot') } },
      post: {
        summary: "The bot's reply; a repeated clientId returns the stored message",
        security: bot,
        requestBody: body(restBotSendMessageSchema),
        responses: { 201: { description: 'Stored', content: json({ type: 'object', properties: { message: ref('Message') } }) }, 404: err('Not held by this bot'), 409: err('Closed') },
      },
    },
    '/bot/conversations/{id}/handoff': {
      parameters: idParam,
      post: {
        summary: 'Hand the conversation to people, optionally to a department, with a summary for the agent',
        security: bot,
        requestBody: body(restBotHandoffSchema),
        responses: { 200: { description: 'The conversation, now waiting for an agent' }, 404: err('Not held by this bot'), 409: err('Already left the bot') },
      },
    },
    '/bot/conversations/{id}/close': {
      parameters: idParam,
      post: { summary: 'Resolve and close', security: bot, responses: { 200: { description: 'Closed' }, 404: err('Not held by this bot') } },
    },
    '/articles': {
      get: { summary: 'Knowledge-base articles', security: admin, responses: { 200: { description: 'Articles', content: json({ type: 'object', properties: { articles: { type: 'array', items: ref('Article') } } }) } } },
      post: { summary: 'Write an article (admin)', security: admin, requestBody: body(articleInputSchema), responses: { 201: { description: 'Created' }, 400: err('Malformed body') } },
    },
    '/articles/search': {
      get: {
        summary: 'Ranked search with the matching parts marked (Chinese and English)',
        security: admin,
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'locale', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 20 } },
        ],
        responses: { 200: { description: 'Hits' } },
      },
    },
    '/articles/{id}': {
      parameters: idParam,
      get: { summary: 'One article', security: admin, responses: { 200: { description: 'The article' }, 404: err('No such article') } },
      put: { summary: 'Replace an article (admin)', security: admin, requestBody: body(articleInputSchema), responses: { 200: { description: 'Updated' }, 404: err('No such article') } },
      delete: { summary: 'Delete an article (admin)', security: admin, responses: { 204: { description: 'Deleted' } } },
    },
    '/knowledge/stats': {
      get: { summary: 'Conversations resolved by self-service', security: admin, responses: { 200: { description: '{ resolvedBySelfService }' } } },
    },
  },
};
