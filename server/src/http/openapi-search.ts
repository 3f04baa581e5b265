import { conversationStatuses } from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: json({ $ref: '#/components/schemas/Error' }) });
const query = (name: string, schema: object, description?: string) => ({ name, in: 'query', schema, ...(description ? { description } : {}) });
const day = { oneOf: [{ type: 'integer', minimum: 0 }, { type: 'string', format: 'date' }] };

/** `GET /search` in the OpenAPI document. */
export function searchPaths(): Record<string, object> {
  return {
    '/search': {
      get: {
        summary: "Search the workspace's transcripts and contacts: contacts holding q, then messages carrying every word of q, newest first",
        description:
          'Chinese-aware: Traditional and Simplified find each other; English words are stemmed. Filters apply to the conversation as it is now. ' +
          'A page may hold fewer than `limit` items and still have a nextCursor (a filter that rarely matches).',
        security: [{ agentToken: [] }],
        parameters: [
          query('q', { type: 'string', minLength: 1, maxLength: 500 }),
          query('status', { type: 'string', enum: conversationStatuses }),
          query('tag', { type: 'string' }, 'A tag id'),
          query('agent', { type: 'string' }, 'The assigned agent’s id'),
          query('department', { type: 'string' }, 'A department id'),
          query('rating', { type: 'integer', minimum: 1, maximum: 5 }),
          query('from', day, 'Epoch ms or YYYY-MM-DD (UTC), on the message’s time'),
          query('to', day, 'Epoch ms or YYYY-MM-DD (UTC, the whole day)'),
          query('cursor', { type: 'string' }, 'The nextCursor of the page before'),
          query('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
        ],
        responses: {
          200: {
            description: 'Matches',
            content: json({
              type: 'object',
              required: ['items', 'nextCursor'],
              properties: {
                items: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['conversationId', 'snippet'],
                    properties: {
                      conversationId: { type: 'string' },
                      messageId: { type: 'string', description: 'The message that matched (absent for a contact)' },
                      contactId: { type: 'string', description: 'A contact whose name, email, phone, company or user id holds q (first page only, before the messages); conversationId is its newest conversation' },
                      snippet: { type: 'string' },
                      marks: {
                        type: 'array',
                        description: 'Where the query’s words are in snippet (also across scripts): [start, end) UTF-16 offsets, in order; draw them as text',
                        items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
                      },
                      status: { type: 'string', enum: conversationStatuses, description: 'The conversation’s status now' },
                      at: { type: 'integer', description: 'Epoch ms of the message (for a contact, of the conversation’s last activity)' },
                      visitorId: { type: 'string' },
                      name: { type: ['string', 'null'], description: 'The contact’s name when known' },
                      email: { type: ['string', 'null'], description: 'The contact’s email when known' },
                    },
                  },
                },
                nextCursor: { type: ['string', 'null'] },
              },
            }),
          },
          400: errorResponse('A bad parameter; error.issues names it'),
          401: errorResponse('Missing or invalid token'),
        },
      },
    },
  };
}
