const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: json(ref('Error')) });
const nullableNumber = { type: ['number', 'null'] };
const share = { type: ['number', 'null'], minimum: 0, maximum: 1, description: 'A fraction from 0 to 1; null when nothing was measured' };
const count = { type: 'integer', minimum: 0 };

const queryParameters = [
  { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' }, description: 'First day (YYYY-MM-DD) in `timeZone`, included' },
  { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' }, description: 'Last day (YYYY-MM-DD) in `timeZone`, included; at most 366 days after `from`' },
  {
    name: 'timeZone',
    in: 'query',
    schema: { type: 'string' },
    description: 'IANA zone the days and hours are cut in (e.g. Asia/Shanghai); default: the zone of the first site’s opening hours, else UTC',
  },
  { name: 'site', in: 'query', schema: { type: 'string' }, description: 'Only conversations of this site' },
  { name: 'department', in: 'query', schema: { type: 'string' }, description: 'Only conversations in this department' },
  { name: 'agent', in: 'query', schema: { type: 'string' }, description: 'Only conversations this agent holds (or held last)' },
  { name: 'tag', in: 'query', schema: { type: 'string' }, description: 'Only conversations carrying this tag (`PUT /conversations/{id}/tags`)' },
];

const responses = (answer: string, description: string) => ({
  200: { description, content: json(ref(answer)) },
  400: errorResponse('`bad_request`, naming the field: a malformed or impossible date, `from` after `to`, a range over 366 days, an unknown time zone or parameter'),
  401: errorResponse('Missing or invalid token'),
  403: errorResponse('Only supervisors and admins read reports'),
});

const get = (summary: string, answer: string, description: string) => ({
  get: { summary, security: [{ agentToken: [] }], parameters: queryParameters, responses: responses(answer, description) },
});

/** Schemas of the reports' answers (issue 15), merged into the document's components. */
export function reportsSchemas(): Record<string, object> {
  const percentiles = ref('ReportPercentiles');
  const rating = { type: 'object', properties: { average: nullableNumber, responses: count } };
  const figures = {
    type: 'object',
    required: ['range', 'conversations', 'waitSeconds', 'firstResponseSeconds', 'resolutionSeconds', 'firstContactResolution', 'sla', 'rating', 'bots'],
    properties: {
      range: ref('ReportRange'),
      conversations: {
        type: 'object',
        description: 'Conversations started in the range; answered: with a reply by an agent or a bot',
        properties: { started: count, answered: count, missed: count, offline: count },
      },
      waitSeconds: { ...percentiles, description: 'First queued to first assigned to a person' },
      firstResponseSeconds: { ...percentiles, description: 'Created to the first reply by an agent or a bot' },
      resolutionSeconds: { ...percentiles, description: 'Created to the latest close (not missed, not offline)' },
      firstContactResolution: { ...share, description: 'Resolved ones never reopened and whose visitor started no new conversation within 7 days' },
      sla: {
        type: 'object',
        properties: {
          firstResponseMet: { ...share, description: 'Answered or closed ones answered within their site’s target' },
          resolutionMet: { ...share, description: 'Resolved ones closed within their site’s target' },
          breaches: { ...count, description: 'Service-level breaches recorded' },
        },
      },
      rating: {
        type: 'object',
        properties: {
          average: { type: ['number', 'null'], description: 'Mean score, 1–5' },
          satisfiedShare: { ...share, description: 'Scores of 4 or 5' },
          responses: count,
          latestComments: {
            type: 'array',
            items: { type: 'object', properties: { conversationId: { type: 'string' }, score: { type: 'integer' }, comment: { type: 'string' }, ratedAt: { type: 'integer' } } },
          },
        },
      },
      bots: {
        type: 'object',
        properties: {
          resolved: { ...count, description: 'First answered by a bot, never assigned to a person, resolved' },
          handedOff: { ...count, description: 'First answered by a bot, then assigned to a person' },
        },
      },
      proactive: {
        type: 'object',
        description: 'Proactive messages of the workspace’s sites (or the site filtered) in the period; not narrowed by department, agent or tag',
        properties: { shown: count, replied: { ...count, description: 'Replied to by the visitor' }, goals: { ...count, description: 'Goals reached' } },
      },
      distributions: {
        type: 'object',
        properties: { waitSeconds: { type: 'array', items: ref('ReportBucket') }, firstResponseSeconds: { type: 'array', items: ref('ReportBucket') } },
      },
      days: {
        type: 'array',
        items: { type: 'object', properties: { date: { type: 'string', format: 'date' }, started: count, answered: count, missed: count } },
      },
    },
  };
  return {
    ReportPercentiles: {
      type: 'object',
      description: 'Seconds. Median: the middle value (mean of the two middle ones); p90: nearest rank. Null when nothing was measured.',
      properties: { median: nullableNumber, p90: nullableNumber },
    },
    ReportBucket: { type: 'object', properties: { upToSeconds: { type: ['integer', 'null'], description: 'Null: above the last edge' }, count } },
    ReportRange: {
      type: 'object',
      properties: { from: { type: 'string', format: 'date-time' }, to: { type: 'string', format: 'date-time', description: 'Excluded' }, timeZone: { type: 'string' } },
    },
    ReportFigures: figures,
    ReportOverview: { allOf: [ref('ReportFigures'), { type: 'object', required: ['previous'], properties: { previous: ref('ReportFigures') } }] },
    ReportHeatmap: {
      type: 'object',
      properties: {
        range: ref('ReportRange'),
        cells: {
          type: 'array',
          description: '168 cells, Monday 00:00 first',
          items: {
            type: 'object',
            properties: { weekday: { type: 'integer', minimum: 1, maximum: 7, description: 'ISO: 1 = Monday' }, hour: { type: 'integer', minimum: 0, maximum: 23 }, conversations: count, waitSeconds: percentiles },
          },
        },
      },
    },
    ReportAgents: {
      type: 'object',
      properties: {
        range: ref('ReportRange'),
        agents: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              agentId: { type: 'string' },
              name: { type: 'string' },
              conversations: count,
              firstResponseSeconds: percentiles,
              resolutionSeconds: percentiles,
              rating,
              onlineSeconds: { type: 'number', description: 'Online with a console connected, within the range' },
              utilisation: { type: ['number', 'null'], description: 'Chat time held while online over capacity × time online' },
            },
          },
        },
      },
    },
    ReportDepartments: {
      type: 'object',
      properties: {
        range: ref('ReportRange'),
        departments: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              departmentId: { type: ['string', 'null'], description: 'Null: conversations in no department' },
              name: { type: ['string', 'null'] },
              conversations: count,
              answered: count,
              missed: count,
              waitSeconds: percentiles,
              firstResponseSeconds: percentiles,
              resolutionSeconds: percentiles,
              rating,
            },
          },
        },
      },
    },
  };
}

/** The reports' paths: supervisors and admins, one workspace, conversations started in the range. */
export function reportsPaths(): Record<string, object> {
  return {
    '/reports/overview': get('Overview of a range, with the previous period of as many days', 'ReportOverview', 'The range’s figures and `previous`'),
    '/reports/heatmap': get('Busiest hours: new conversations and waits by local weekday × hour', 'ReportHeatmap', '168 cells'),
    '/reports/agents': get('One row per agent', 'ReportAgents', 'The agents’ rows'),
    '/reports/departments': get('One row per department', 'ReportDepartments', 'The departments’ rows'),
  };
}
