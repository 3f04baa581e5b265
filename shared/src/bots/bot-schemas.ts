import { z } from 'zod';
import { limits } from '../limits.js';
import { clientIdSchema, messageTextSchema } from '../schemas.js';
import { botModes } from './bot-domain.js';

const id = z.string().min(1).max(limits.id).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');
const httpUrl = z
  .string()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL');

export const botHandshakeSchema = z.object({
  protocol: z.number().int(),
  token: z.string().min(1).max(limits.token),
});
export type BotHandshake = z.infer<typeof botHandshakeSchema>;

export const botSendMessageSchema = z.object({
  conversationId: id,
  clientId: clientIdSchema,
  text: messageTextSchema,
});
export type BotSendMessage = z.infer<typeof botSendMessageSchema>;

/** Bot to person: an optional department for routing and a summary the agent reads first. */
export const botHandoffSchema = z.object({
  conversationId: id,
  department: z.string().trim().min(1).max(limits.name).optional(),
  summary: z.string().trim().min(1).max(2000).optional(),
});
export type BotHandoff = z.infer<typeof botHandoffSchema>;

export const restBotSendMessageSchema = botSendMessageSchema.omit({ conversationId: true, clientId: true }).extend({
  clientId: clientIdSchema.optional(),
});
export const restBotHandoffSchema = botHandoffSchema.omit({ conversationId: true });

export const createBotSchema = z
  .object({
    name: z.string().trim().min(1).max(limits.name),
    avatarUrl: httpUrl.nullable().default(null),
    mode: z.enum(botModes),
    webhookUrl: httpUrl.nullable().default(null),
    answerTimeoutMs: z.number().int().min(200).max(3_600_000).default(30_000),
  })
  .refine((b) => b.mode !== 'webhook' || b.webhookUrl !== null, { message: 'a webhook bot needs webhookUrl', path: ['webhookUrl'] });
export type CreateBot = z.infer<typeof createBotSchema>;

/** Which bot takes a site's new conversations first; `null`: they go to the human queue. */
export const siteBotSchema = z.object({ botId: id.nullable() });

/** An agent hands a conversation to a bot. */
export const agentHandoffToBotSchema = z.object({ conversationId: id, botId: id });
export type AgentHandoffToBot = z.infer<typeof agentHandoffToBotSchema>;
