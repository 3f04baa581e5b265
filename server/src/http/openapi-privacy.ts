const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const security = [{ agentToken: [] }];
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const unauthorized = { 401: errorResponse('Missing or invalid token') };
const forbidden = { 403: errorResponse('Not an admin') };

/** Privacy's schemas (issue 16), merged into the document's components. */
export function privacySchemas(): Record<string, object> {
  return {
    RetentionRun: {
      type: 'object',
      required: ['id', 'workspaceId', 'siteId', 'startedAt', 'finishedAt', 'retentionDays', 'cutoff', 'conversations', 'messages', 'files', 'visitors'],
      properties: {
        id: { type: 'string' },
        workspaceId: { type: 'string' },
        siteId: { type: 'string' },
        startedAt: { type: 'integer' },
        finishedAt: { type: 'integer' },
        retentionDays: { type: 'integer', description: "The site's retentionDays when the run started" },
        cutoff: { type: 'integer', description: 'Closed conversations whose last activity was before this were deleted' },
        conversations: { type: 'integer' },
        messages: { type: 'integer', description: 'Messages of the deleted conversations, internal notes included' },
        files: { type: 'integer' },
        visitors: { type: 'integer', description: 'Visitors deleted: not seen since the cutoff, with no conversation left and no contact' },
      },
    },
  };
}

/** Visitor export and deletion, the retention job's run log: admins of the workspace only. */
export function privacyPaths(): Record<string, object> {
  return {
    '/visitors/{id}/export': {
      parameters: idParam,
      get: {
        summary: 'Everything held about a visitor as one JSON download: the record, every conversation with every message (admins)',
        security,
        responses: {
          200: {
            description: 'The export',
            content: json({
              type: 'object',
              required: ['visitor', 'conversations', 'exportedAt'],
              properties: {
                visitor: { type: 'object' },
                conversations: { type: 'array', items: { type: 'object', properties: { conversation: ref('Conversation'), messages: { type: 'array', items: { type: 'object' } } } } },
                exportedAt: { type: 'integer' },
              },
            }),
          },
          ...unauthorized,
          ...forbidden,
          404: errorResponse('No such visitor in the workspace'),
        },
      },
    },
    '/visitors/{id}': {
      parameters: idParam,
      delete: {
        summary: "Deletes a visitor with their conversations, messages, files and events (admins; not a contact's visitor, not while a conversation is open)",
        security,
        responses: {
          200: {
            description: 'What was removed',
            content: json({
              type: 'object',
              required: ['deleted'],
              properties: {
                deleted: {
                  type: 'object',
                  required: ['conversations', 'messages', 'files'],
                  properties: { conversations: { type: 'integer' }, messages: { type: 'integer' }, files: { type: 'integer' } },
                },
              },
            }),
          },
          ...unauthorized,
          ...forbidden,
          404: errorResponse('No such visitor in the workspace'),
          409: errorResponse('A conversation of theirs is not closed, or they belong to a contact'),
        },
      },
    },
    '/sites/{id}/retention-runs': {
      parameters: idParam,
      get: {
        summary: "The retention job's runs over the site, newest first (admins)",
        security,
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } }],
        responses: {
          200: { description: 'The runs', content: json({ type: 'object', required: ['runs'], properties: { runs: { type: 'array', items: ref('RetentionRun') } } }) },
          400: errorResponse('A bad limit'),
          ...unauthorized,
          ...forbidden,
          404: errorResponse('No such site in the workspace'),
        },
      },
    },
  };
}
