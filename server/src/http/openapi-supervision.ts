const json = (schema: object) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: json({ $ref: '#/components/schemas/Error' }) });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** `GET /supervision/board` in the OpenAPI document (issue 14, supervision). */
export function supervisionPaths(): Record<string, object> {
  return {
    '/supervision/board': {
      get: {
        summary: 'The live board (supervisors and admins): agents with status, load and capacity, the queue per department with its longest wait, every live chat',
        description:
          'Read it again when the agent socket sends `agent:updated` or `conversation:updated`. Waits are measured from `queuedAt` against `at`, the server clock when it answered. ' +
          'A capacity of 0 means `defaultCapacity`.',
        security: [{ agentToken: [] }],
        responses: {
          200: {
            description: 'The board',
            content: json({
              type: 'object',
              properties: {
                board: {
                  type: 'object',
                  required: ['at', 'defaultCapacity', 'agents', 'queues', 'conversations'],
                  properties: {
                    at: { type: 'integer' },
                    defaultCapacity: { type: 'integer' },
                    agents: { type: 'array', items: ref('AgentPresence') },
                    queues: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['departmentId', 'name', 'waiting', 'oldestQueuedAt'],
                        properties: {
                          departmentId: { type: ['string', 'null'] },
                          name: { type: ['string', 'null'] },
                          waiting: { type: 'integer' },
                          oldestQueuedAt: { type: ['integer', 'null'] },
                        },
                      },
                    },
                    conversations: { type: 'array', items: ref('Conversation') },
                  },
                },
              },
            }),
          },
          401: errorResponse('Missing or invalid token'),
          403: errorResponse('Not a supervisor or an admin'),
        },
      },
    },
  };
}
