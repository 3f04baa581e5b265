import { z } from 'zod';
import { announcementInputSchema, pageViewSchema, pingSchema, triggerRuleInputSchema } from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const err = (description: string) => ({ description, content: json(ref('Error')) });
const body = (schema: z.ZodType) => ({ required: true, content: json(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) });
const output = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
const agent = [{ agentToken: [] }];
const siteParam = { name: 'siteId', in: 'path', required: true, schema: { type: 'string' } };
const ok = (description: string, schema: object) => ({ description, content: json(schema) });

/** Schemas of proactive chat's REST, from the zod schemas that validate the bodies. */
export function proactiveSchemas(): Record<string, object> {
  const rule = output(triggerRuleInputSchema) as { properties: Record<string, unknown>; required?: string[] };
  return {
    TriggerRule: {
      ...rule,
      properties: {
        id: { type: 'string' },
        siteId: { type: 'string' },
        ...rule.properties,
        createdAt: { type: 'integer' },
        updatedAt: { type: 'integer' },
      },
    },
    TriggerStats: {
      type: 'object',
      properties: Object.fromEntries(
        ['shown', 'opened', 'dismissed', 'replied', 'conversations', 'goals'].map((k) => [k, { type: 'integer' }]).concat([['ruleId', { type: 'string' }]]),
      ),
    },
    Announcement: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        siteId: { type: 'string' },
        text: { type: 'string' },
        urlMatch: { type: ['object', 'null'] },
        createdAt: { type: 'integer' },
        recipients: { type: 'integer', description: 'Visitors on the site it was handed to' },
      },
    },
    LiveVisitorPage: {
      type: 'object',
      properties: {
        siteId: { type: 'string' },
        total: { type: 'integer' },
        visitors: { type: 'array', items: { type: 'object' } },
        cursor: { type: ['string', 'null'], description: 'Pass as ?cursor= for the next page; null on the last' },
      },
    },
  };
}

/** Paths of proactive chat's REST. */
export function proactivePaths(): Record<string, object> {
  return {
    '/visitor/pageview': {
      post: {
        summary: "The widget tracker's page view (body may be sent as text/plain); answers the rules that may fire on the page",
        requestBody: body(pageViewSchema),
        responses: { 200: ok('Token, rules, heartbeat interval, inbox', { type: 'object' }), 403: err('Origin not allowed for the site') },
      },
    },
    '/visitor/ping': {
      post: {
        summary: 'Heartbeat with engagement, trigger events, track and identify calls',
        requestBody: body(pingSchema),
        responses: { 200: ok('What waits in the inbox', { type: 'object' }), 401: err('Bad visitor token') },
      },
    },
    '/sites/{siteId}/triggers': {
      parameters: [siteParam],
      get: {
        summary: "The site's trigger rules",
        security: agent,
        responses: { 200: ok('Rules', { type: 'object', properties: { triggers: { type: 'array', items: ref('TriggerRule') } } }) },
      },
      post: {
        summary: 'Create a trigger rule (admin or supervisor)',
        security: agent,
        requestBody: body(triggerRuleInputSchema),
        responses: {
          201: ok('The rule', { type: 'object', properties: { trigger: ref('TriggerRule') } }),
          400: err('Invalid rule'),
          403: err('Not an admin or supervisor'),
        },
      },
    },
    '/sites/{siteId}/triggers/{ruleId}': {
      parameters: [siteParam, { name: 'ruleId', in: 'path', required: true, schema: { type: 'string' } }],
      put: {
        summary: 'Replace a trigger rule (admin or supervisor)',
        security: agent,
        requestBody: body(triggerRuleInputSchema),
        responses: { 200: ok('The rule', { type: 'object', properties: { trigger: ref('TriggerRule') } }), 404: err('No such rule') },
      },
      delete: { summary: 'Delete a trigger rule', security: agent, responses: { 204: { description: 'Deleted' }, 404: err('No such rule') } },
    },
    '/sites/{siteId}/triggers/stats': {
      parameters: [siteParam],
      get: {
        summary: 'Per rule: shown, opened, dismissed, replied, conversations started, goals reached',
        security: agent,
        responses: { 200: ok('Stats', { type: 'object', properties: { stats: { type: 'array', items: ref('TriggerStats') } } }) },
      },
    },
    '/sites/{siteId}/announcements': {
      parameters: [siteParam],
      get: { summary: 'Recent announcements', security: agent, responses: { 200: ok('Announcements', { type: 'object' }) } },
      post: {
        summary: 'Announce to every visitor on the site now (or on matching pages), once each',
        security: agent,
        requestBody: body(announcementInputSchema),
        responses: { 201: ok('The announcement', { type: 'object', properties: { announcement: ref('Announcement') } }) },
      },
    },
    '/sites/{siteId}/visitors': {
      parameters: [siteParam],
      get: {
        summary: 'Visitors on the site now, newest visits first, paged (the console subscribes over the socket instead)',
        security: agent,
        parameters: [
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 200 } },
        ],
        responses: { 200: ok('A page', ref('LiveVisitorPage')) },
      },
    },
  };
}
