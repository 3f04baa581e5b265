import { z } from 'zod';
import { synonymGroupsSchema } from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const err = (description: string) => ({ description, content: json({ $ref: '#/components/schemas/Error' }) });
const groups = { type: 'array', items: { type: 'array', items: { type: 'string' } } };
const synonymsResponse = {
  description: "The workspace's groups, and the built-in groups every workspace has",
  content: json({ type: 'object', required: ['groups', 'builtIn'], properties: { groups, builtIn: groups } }),
};

/** The knowledge base's synonym routes in the OpenAPI document: merged into `openApiDocument`. */
export function knowledgePaths(): Record<string, object> {
  return {
    '/knowledge/synonyms': {
      get: {
        summary: "The workspace's synonym groups (admin)",
        security: [{ agentToken: [] }],
        responses: { 200: synonymsResponse, 401: err('Missing or invalid token'), 403: err('Not an admin') },
      },
      put: {
        summary: "Replace the workspace's synonym groups (admin); search uses them at once, on every server process",
        description:
          'Each group lists words or phrases that mean the same to your visitors, e.g. ["訂金", "定金"] or ["amex", "American Express"]. ' +
          'A question containing one of them also finds articles that use another. Traditional and Simplified spellings of one word need not both be listed.',
        security: [{ agentToken: [] }],
        requestBody: { required: true, content: json(z.toJSONSchema(synonymGroupsSchema, { io: 'input', unrepresentable: 'any' })) },
        responses: { 200: synonymsResponse, 400: err('Malformed body: error.issues names each invalid field'), 403: err('Not an admin') },
      },
    },
  };
}
