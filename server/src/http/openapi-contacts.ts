import { z } from 'zod';
import { contactPatchSchema, limits } from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const security = [{ agentToken: [] }];
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const unauthorized = { 401: errorResponse('Missing or invalid token') };
const nullable = (type: string) => ({ type: [type, 'null'] });

/** Contacts' schemas, merged into the document's components. */
export function contactSchemas(): Record<string, object> {
  return {
    Contact: {
      type: 'object',
      required: ['id', 'workspaceId', 'siteId', 'userId', 'verified', 'name', 'email', 'phone', 'company', 'attributes', 'notes', 'visitorIds', 'createdAt', 'updatedAt'],
      properties: {
        id: { type: 'string' },
        workspaceId: { type: 'string' },
        siteId: { type: 'string' },
        userId: { ...nullable('string'), description: "The site's own user id from Parley('identify', …)" },
        verified: { type: 'boolean', description: "True once an identify carried a userHash matching the site's identity secret" },
        name: nullable('string'),
        email: nullable('string'),
        phone: nullable('string'),
        company: nullable('string'),
        attributes: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
        notes: { type: 'string' },
        visitorIds: { type: 'array', items: { type: 'string' }, description: 'Every browser linked to the contact, the first one first' },
        createdAt: { type: 'integer' },
        updatedAt: { type: 'integer' },
      },
    },
  };
}

/** `/contacts…`, `/conversations/{id}/contact`, `/sites/{id}/identity-secret`. */
export function contactPaths(): Record<string, object> {
  const one = { description: 'The contact', content: json({ type: 'object', required: ['contact'], properties: { contact: ref('Contact') } }) };
  return {
    '/contacts': {
      get: {
        summary: "The workspace's contacts, newest change first; q finds a name, email, phone, company or user id",
        security,
        parameters: [
          { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: limits.listPage, default: 50 } },
          { name: 'cursor', in: 'query', description: 'The nextCursor of the page before', schema: { type: 'string' } },
        ],
        responses: {
          200: {
            description: 'A page of contacts',
            content: json({ type: 'object', required: ['contacts', 'nextCursor'], properties: { contacts: { type: 'array', items: ref('Contact') }, nextCursor: nullable('string') } }),
          },
          400: errorResponse('Bad limit or a cursor this server did not give'),
          ...unauthorized,
        },
      },
    },
    '/contacts/{id}': {
      parameters: idParam,
      get: { summary: 'One contact', security, responses: { 200: one, ...unauthorized, 404: errorResponse('No such contact in the workspace') } },
      patch: {
        summary: "Edit a contact's profile: fields sent replace, attributes merge (null removes one)",
        security,
        requestBody: { required: true, content: json(z.toJSONSchema(contactPatchSchema, { io: 'input', unrepresentable: 'any' })) },
        responses: {
          200: one,
          400: errorResponse('Malformed body: error.issues names each invalid field; nothing changed'),
          ...unauthorized,
          404: errorResponse('No such contact in the workspace'),
        },
      },
      delete: {
        summary:
          'Delete a contact for good (admins): their conversations with messages, files, events and search entries, their browsers (visitors) and the record. ' +
          'Marked first, so a deletion cut short by a crash finishes at the next start; the contact reads as gone from the moment it is marked',
        security,
        responses: {
          204: { description: 'Deleted, with everything of it' },
          ...unauthorized,
          403: errorResponse('Only admins delete contacts'),
          404: errorResponse('No such contact in the workspace'),
          409: errorResponse('The contact has a conversation that is not closed: close it first; nothing was deleted'),
        },
      },
    },
    '/contacts/{id}/conversations': {
      parameters: idParam,
      get: {
        summary: 'Conversations of every browser linked to the contact, newest first',
        security,
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: limits.listPage, default: 50 } }],
        responses: {
          200: { description: 'The conversations', content: json({ type: 'object', required: ['conversations'], properties: { conversations: { type: 'array', items: ref('Conversation') } } }) },
          ...unauthorized,
          404: errorResponse('No such contact in the workspace'),
        },
      },
    },
    '/contacts/{id}/merge': {
      parameters: idParam,
      post: {
        summary: 'Merge another contact into this one: its browsers and so its conversations move over, empty fields are filled, it is deleted',
        security,
        requestBody: { required: true, content: json({ type: 'object', required: ['otherId'], properties: { otherId: { type: 'string' } } }) },
        responses: {
          200: one,
          400: errorResponse('otherId missing, the same contact, or not one of the workspace’s'),
          ...unauthorized,
          404: errorResponse('No such contact in the workspace'),
          409: errorResponse('Both are verified users with different user ids'),
        },
      },
    },
    '/contacts/{id}/export': {
      parameters: idParam,
      get: {
        summary: 'Everything held about a contact as one JSON download: the profile, every conversation with every message',
        security,
        responses: {
          200: {
            description: 'The export',
            content: json({
              type: 'object',
              required: ['contact', 'conversations', 'exportedAt'],
              properties: {
                contact: ref('Contact'),
                conversations: { type: 'array', items: { type: 'object', properties: { conversation: ref('Conversation'), messages: { type: 'array', items: { type: 'object' } } } } },
                exportedAt: { type: 'integer' },
              },
            }),
          },
          ...unauthorized,
          404: errorResponse('No such contact in the workspace'),
        },
      },
    },
    '/conversations/{id}/contact': {
      parameters: idParam,
      get: {
        summary: "The contact of a conversation's visitor (null before any identify)",
        security,
        responses: {
          200: { description: 'The contact or null', content: json({ type: 'object', required: ['contact'], properties: { contact: { oneOf: [ref('Contact'), { type: 'null' }] } } }) },
          ...unauthorized,
          404: errorResponse('No such conversation in the workspace'),
        },
      },
    },
    '/sites/{id}/identity-secret': {
      parameters: idParam,
      post: {
        summary: "Create or rotate the site's identity secret (admin); the answer is the only time it is shown",
        description:
          "Your server computes userHash = hex(HMAC-SHA256(secret, userId)) and passes it to Parley('identify', { userId, userHash, … }). " +
          'Rotating makes the old secret stop verifying at once.',
        security,
        responses: {
          200: { description: 'The new secret', content: json({ type: 'object', required: ['secret'], properties: { secret: { type: 'string', description: '64 hex digits' } } }) },
          ...unauthorized,
          403: errorResponse('Not an admin'),
          404: errorResponse('No such site in the workspace'),
        },
      },
    },
  };
}
