import { z } from 'zod';
import { departmentInputSchema, departmentPatchSchema, restAssignSchema, siteSettingsPatchSchema } from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const bodySchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const security = [{ agentToken: [] }];
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const wrap = (key: string, schema: object) => json({ type: 'object', properties: { [key]: schema } });
const adminOnly = { 403: errorResponse('Only an admin may do this'), 401: errorResponse('Missing or invalid token') };

/** Schemas of routing's REST answers, merged into the document's components. */
export function routingSchemas(): Record<string, object> {
  return {
    SiteSettings: { ...bodySchema(siteSettingsPatchSchema), description: 'Routing and service levels of a site; every field has a default.' },
    Site: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        key: { type: 'string' },
        name: { type: 'string' },
        allowedOrigins: { type: 'array', items: { type: 'string' } },
        locale: { type: ['string', 'null'] },
        settings: ref('SiteSettings'),
        appearance: ref('SiteAppearance'),
        lastSeen: { type: ['object', 'null'], description: 'Install check: where and when a widget last loaded from an allowed origin', properties: { url: { type: 'string' }, at: { type: 'integer' } } },
      },
    },
    Department: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        escalatesToId: { type: ['string', 'null'], description: 'Tier 2: where an escalation goes' },
        hours: { description: 'Opening hours in a time zone; null: the site’s' },
        memberIds: { type: 'array', items: { type: 'string' } },
        createdAt: { type: 'integer' },
      },
    },
    AgentPresence: {
      allOf: [
        ref('Agent'),
        {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['online', 'away', 'offline'] },
            connected: { type: 'boolean' },
            activeChats: { type: 'integer' },
            departmentIds: { type: 'array', items: { type: 'string' } },
          },
        },
      ],
    },
    ConversationEvent: {
      type: 'object',
      properties: {
        conversationId: { type: 'string' },
        kind: {
          type: 'string',
          enum: ['created', 'queued', 'assigned', 'first_response', 'transferred', 'escalated', 'resolved', 'reopened', 'missed', 'offline_message', 'sla_breached'],
        },
        at: { type: 'integer' },
        agentId: { type: ['string', 'null'] },
        departmentId: { type: ['string', 'null'] },
        data: { type: 'object' },
      },
    },
  };
}

/** Routing's REST paths: site settings, departments, a conversation's event log (agents: openapi-accounts.ts). */
export function routingPaths(): Record<string, object> {
  return {
    '/sites/{id}/settings': {
      parameters: idParam,
      get: {
        summary: 'A site with its routing settings in full, defaults filled in (admin; what the console’s settings form loads)',
        security,
        responses: { 200: { description: 'The site', content: wrap('site', ref('Site')) }, ...adminOnly, 404: errorResponse('No such site in your workspace') },
      },
      patch: {
        summary: 'Change some of a site’s routing settings (admin): merged over the current ones, validated whole',
        security,
        requestBody: { required: true, content: json(bodySchema(siteSettingsPatchSchema)) },
        responses: { 200: { description: 'The site', content: wrap('site', ref('Site')) }, 400: errorResponse('A setting is invalid or unknown; `issues` names each field'), ...adminOnly, 404: errorResponse('No such site') },
      },
    },
    '/departments': {
      get: { summary: 'Departments of the workspace', security, responses: { 200: { description: 'The departments', content: wrap('departments', { type: 'array', items: ref('Department') }) } } },
      post: {
        summary: 'Create a department (admin)',
        security,
        requestBody: { required: true, content: json(bodySchema(departmentInputSchema)) },
        responses: { 201: { description: 'The department', content: wrap('department', ref('Department')) }, 400: errorResponse('Invalid'), ...adminOnly },
      },
    },
    '/departments/{id}': {
      parameters: idParam,
      patch: {
        summary: 'Change a department: name, members, hours, escalation (admin)',
        security,
        requestBody: { required: true, content: json(bodySchema(departmentPatchSchema)) },
        responses: { 200: { description: 'The department', content: wrap('department', ref('Department')) }, 400: errorResponse('Invalid'), ...adminOnly, 404: errorResponse('No such department') },
      },
    },
    '/conversations/{id}/assign': {
      parameters: idParam,
      post: {
        summary: 'Give a conversation to an agent, whoever holds it now (supervisor or admin; capacity is not checked)',
        security,
        requestBody: { required: true, content: json(bodySchema(restAssignSchema)) },
        responses: {
          200: { description: 'The conversation, assigned', content: wrap('conversation', ref('Conversation')) },
          400: errorResponse('Malformed body; error.issues names the field'),
          401: errorResponse('Missing or invalid token'),
          403: errorResponse('Not a supervisor or an admin'),
          404: errorResponse('No such conversation or agent in your workspace'),
          409: errorResponse('The conversation is closed, or a bot holds it'),
        },
      },
    },
    '/conversations/{id}/events': {
      parameters: idParam,
      get: {
        summary: 'Every recorded state change of a conversation with its time, oldest first (reports are computed from these)',
        security,
        responses: { 200: { description: 'The events', content: wrap('events', { type: 'array', items: ref('ConversationEvent') }) }, 404: errorResponse('No such conversation in your workspace') },
      },
    },
  };
}
