import { z } from 'zod';
import {
  acceptInvitationSchema,
  agentAccountPatchSchema,
  apiKeyInputSchema,
  invitationInputSchema,
  passwordChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  profilePatchSchema,
  setupSchema,
  siteAppearanceSchema,
  siteInputSchema,
  sitePatchSchema,
} from '@parley/shared';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const err = (description: string) => ({ description, content: json(ref('Error')) });
const body = (schema: z.ZodType) => ({ required: true, content: json(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) });
const wrap = (key: string, schema: object) => json({ type: 'object', properties: { [key]: schema } });
const security = [{ agentToken: [] }];
const param = (name: string) => [{ name, in: 'path', required: true, schema: { type: 'string' } }];
const invalid = err('Invalid body: `error.issues` names each field; nothing changed');
const adminOnly = { 401: err('Missing or invalid token'), 403: err('Only an admin may do this') };
const signedIn = (description: string) => ({ description, content: json(ref('SignedIn')) });

/** Schemas of accounts' REST answers, merged into the document's components. */
export function accountsSchemas(): Record<string, object> {
  return {
    SiteAppearance: {
      ...z.toJSONSchema(siteAppearanceSchema, { io: 'output', unrepresentable: 'any' }),
      description: 'The widget’s look; the visitor session (`session.site.appearance`) carries it with defaults filled in',
    },
    SignedIn: { type: 'object', required: ['token', 'agent'], properties: { token: { type: 'string' }, agent: ref('Agent') } },
    Workspace: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, createdAt: { type: 'integer' } } },
    Invitation: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string', enum: ['agent', 'supervisor', 'admin'] },
        departmentIds: { type: 'array', items: { type: 'string' } },
        capacity: { type: 'integer' },
        invitedById: { type: 'string' },
        createdAt: { type: 'integer' },
        expiresAt: { type: 'integer', description: 'Seven days after it was sent' },
        status: { type: 'string', enum: ['pending', 'expired'] },
        url: { type: 'string', description: 'The one-time link (token in the fragment); only when created or re-sent, and only when no SMTP is configured' },
      },
    },
    ApiKey: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        prefix: { type: 'string', description: 'The first characters of the key' },
        createdById: { type: 'string' },
        createdAt: { type: 'integer' },
        lastUsedAt: { type: ['integer', 'null'], description: 'Updated at most once a minute' },
      },
    },
  };
}

/** Accounts' REST paths: first run, sign-up, sites, team, invitations, my account, API keys. */
export function accountsPaths(): Record<string, object> {
  return {
    '/setup': {
      get: {
        summary: 'Whether the server still needs its first run, and whether sign-up is open (no token)',
        responses: { 200: { description: 'Set-up state', content: json({ type: 'object', properties: { needed: { type: 'boolean' }, signupAllowed: { type: 'boolean' } } }) } },
      },
      post: {
        summary: 'First run: the first admin, the workspace and its first site (its origin becomes the first allowed origin); signed in at once',
        requestBody: body(setupSchema),
        responses: {
          201: { description: 'Signed in', content: json({ type: 'object', properties: { token: { type: 'string' }, agent: ref('Agent'), workspace: ref('Workspace'), site: ref('Site') } }) },
          400: invalid,
          409: err('Already set up: nothing changed'),
        },
      },
    },
    '/signup': {
      post: {
        summary: 'A new workspace from the login page (only with ALLOW_SIGNUP=true); same body and answer as set-up',
        requestBody: body(setupSchema),
        responses: { 201: { description: 'Signed in to the new workspace' }, 400: invalid, 403: err('Sign-up is off on this server'), 409: err('The email has an account') },
      },
    },
    '/sites': {
      get: { summary: 'Sites of the caller’s workspace with look, routing settings and install check (any agent)', security, responses: { 200: { description: 'The sites', content: wrap('sites', { type: 'array', items: ref('Site') }) }, 401: err('Missing or invalid token') } },
      post: {
        summary: 'Create a site with a fresh public key (admin). Allowed origins: exact (`https://shop.example`) or subdomain wildcards (`https://*.shop.example`)',
        security,
        requestBody: body(siteInputSchema),
        responses: { 201: { description: 'The site', content: wrap('site', ref('Site')) }, 400: invalid, ...adminOnly },
      },
    },
    '/sites/{id}': {
      parameters: param('id'),
      patch: {
        summary: 'Rename, change allowed origins, language or look (admin); `appearance` is merged over the current look',
        security,
        requestBody: body(sitePatchSchema),
        responses: { 200: { description: 'The site', content: wrap('site', ref('Site')) }, 400: invalid, ...adminOnly, 404: err('No such site in your workspace') },
      },
      delete: { summary: 'Delete a site (admin): its widget stops loading; its conversations stay', security, responses: { 204: { description: 'Deleted' }, ...adminOnly, 404: err('No such site in your workspace') } },
    },
    '/agents': {
      get: { summary: 'People of the workspace with status, connection, load, departments and account state', security, responses: { 200: { description: 'The agents', content: wrap('agents', { type: 'array', items: ref('AgentPresence') }) } } },
    },
    '/agents/{id}': {
      parameters: param('id'),
      patch: {
        summary: 'Change role, capacity (0: the site default) or access (admin). `active: false` ends their sessions at once and requeues their open chats',
        security,
        requestBody: body(agentAccountPatchSchema),
        responses: { 200: { description: 'The agent', content: wrap('agent', ref('AgentPresence')) }, 400: invalid, ...adminOnly, 404: err('No such agent'), 409: err('The last active admin cannot be demoted or deactivated') },
      },
    },
    '/invitations': {
      get: { summary: 'Open invitations, newest first (admin)', security, responses: { 200: { description: 'The invitations', content: wrap('invitations', { type: 'array', items: ref('Invitation') }) }, ...adminOnly } },
      post: {
        summary: 'Invite by email with a role, departments and capacity (admin); mailed, or `url` to copy when no SMTP is configured',
        security,
        requestBody: body(invitationInputSchema),
        responses: { 201: { description: 'The invitation', content: wrap('invitation', ref('Invitation')) }, 400: invalid, ...adminOnly, 409: err('The email has an account or an open invitation') },
      },
    },
    '/invitations/{id}': {
      parameters: param('id'),
      delete: { summary: 'Revoke an open invitation (admin): its link stops working', security, responses: { 204: { description: 'Revoked' }, ...adminOnly, 404: err('No such open invitation') } },
    },
    '/invitations/{id}/resend': {
      parameters: param('id'),
      post: { summary: 'A new link valid seven days (admin); the previous link stops working', security, responses: { 200: { description: 'The invitation', content: wrap('invitation', ref('Invitation')) }, ...adminOnly, 404: err('No such open invitation') } },
    },
    '/invitations/{token}/accept': {
      parameters: param('token'),
      post: {
        summary: 'The invitee sets name and password and is signed in (no token: the link is the proof)',
        requestBody: body(acceptInvitationSchema),
        responses: { 201: signedIn('The new account, signed in'), 400: invalid, 404: err('No such invitation (revoked or never sent)'), 409: err('The email has an account'), 410: err('The link was used or has expired') },
      },
    },
    '/auth/me': {
      get: { summary: 'The signed-in person', security, responses: { 200: { description: 'The agent', content: wrap('agent', ref('Agent')) }, 401: err('Missing or invalid token'), 403: err('An API key is not a person') } },
      patch: {
        summary: 'Change my name, avatar (https URL or a PNG/JPEG/WebP data URL up to 32,000 characters, already shrunk by the client) or console language',
        security,
        requestBody: body(profilePatchSchema),
        responses: { 200: { description: 'The agent', content: wrap('agent', ref('Agent')) }, 400: invalid, 401: err('Missing or invalid token') },
      },
    },
    '/auth/password': {
      post: {
        summary: 'Change my password: answers a fresh token; every other session (tokens and sockets) ends',
        security,
        requestBody: body(passwordChangeSchema),
        responses: { 200: signedIn('Signed in with the new password'), 400: err('Invalid, or `currentPassword` is wrong (named in `issues`)'), 401: err('Missing or invalid token') },
      },
    },
    '/auth/sign-out-everywhere': {
      post: { summary: 'End every session of mine, this one included', security, responses: { 204: { description: 'Signed out everywhere' }, 401: err('Missing or invalid token') } },
    },
    '/auth/password-reset': {
      post: {
        summary: 'Mail a one-time link valid one hour; the same answer whether or not the email has an account',
        requestBody: body(passwordResetRequestSchema),
        responses: { 202: { description: 'Accepted' }, 400: invalid },
      },
    },
    '/auth/password-reset/{token}': {
      parameters: param('token'),
      post: {
        summary: 'Set a new password from a reset link; every other session ends; signed in',
        requestBody: body(passwordResetSchema),
        responses: { 200: signedIn('Signed in with the new password'), 400: invalid, 403: err('Access was removed'), 404: err('No such link'), 410: err('The link was used or has expired') },
      },
    },
    '/api-keys': {
      get: { summary: 'API keys of the workspace, without their secrets (admin)', security, responses: { 200: { description: 'The keys', content: wrap('apiKeys', { type: 'array', items: ref('ApiKey') }) }, ...adminOnly } },
      post: {
        summary: 'Create a named REST API key (signed-in admin). `key` is shown in this answer only; use it as `Authorization: Bearer <key>`: it acts as an admin of this workspace',
        security,
        requestBody: body(apiKeyInputSchema),
        responses: { 201: { description: 'The key', content: json({ type: 'object', properties: { apiKey: ref('ApiKey'), key: { type: 'string' } } }) }, 400: invalid, ...adminOnly },
      },
    },
    '/api-keys/{id}': {
      parameters: param('id'),
      delete: { summary: 'Revoke a key (signed-in admin): the next request with it is refused', security, responses: { 204: { description: 'Revoked' }, ...adminOnly, 404: err('No such key in your workspace') } },
    },
  };
}
