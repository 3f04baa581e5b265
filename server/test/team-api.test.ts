import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, type AgentPresence, type Invitation, type SignedIn } from '@parley/shared';
import { hashSecret } from '../src/domain/accounts/secret-token.js';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { call, issuePaths } from './accounts-helpers.js';
import { errorCode, visitorSays } from './conversation-helpers.js';
import { createDepartment } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

const linkToken = (invitation: Invitation) => new URL(invitation.url!).hash.slice(1);

/** Inviting people, accepting, changing roles and removing access, over REST and live sockets. */
describe('the team over REST', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.agentToken();
  });
  afterAll(async () => {
    await t.close();
  });

  const invite = (body: unknown, token = admin) => call<{ invitation: Invitation }>(t, 'POST', '/invitations', { token, body });
  const accept = (token: string, body: unknown) => call<SignedIn>(t, 'POST', `/invitations/${token}/accept`, { body });

  it('invites with a link to copy (no SMTP), names each invalid field, and the invitee lands signed in, in their department', async () => {
    const bad = await invite({ email: 'nope', role: 'boss', capacity: 99 });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual(['capacity', 'email', 'role']);
    expect(issuePaths(await invite({ email: 'lin@shop.example', departmentIds: ['no-such-team'] }))).toEqual(['departmentIds.0']);
    expect((await call<{ invitations: Invitation[] }>(t, 'GET', '/invitations', { token: admin })).body.invitations).toEqual([]);

    const team = await createDepartment(t, { name: '售后', memberIds: [] });
    const sent = await invite({ email: ' Lin@Shop.example ', role: 'supervisor', departmentIds: [team.id], capacity: 3 });
    expect(sent.status).toBe(201);
    const invitation = sent.body.invitation;
    expect(invitation).toMatchObject({ email: 'lin@shop.example', role: 'supervisor', capacity: 3, status: 'pending', url: expect.stringContaining(`${t.url}/console/invitation#`) });
    expect(invitation.expiresAt - invitation.createdAt).toBe(7 * 24 * 3600 * 1000);
    expect((await invite({ email: 'lin@shop.example' })).status).toBe(409);
    const listed = (await call<{ invitations: Invitation[] }>(t, 'GET', '/invitations', { token: admin })).body.invitations;
    expect(listed).toEqual([expect.objectContaining({ id: invitation.id, status: 'pending' })]);
    expect(listed[0]).not.toHaveProperty('url');

    const refused = await accept(linkToken(invitation), { name: '', password: 'short' });
    expect(issuePaths(refused)).toEqual(['name', 'password']);
    const accepted = await accept(linkToken(invitation), { name: '林', password: 'lin-password-2024' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.agent).toMatchObject({ email: 'lin@shop.example', name: '林', role: 'supervisor', capacity: 3 });
    expect((await call(t, 'GET', '/auth/me', { token: accepted.body.token })).status).toBe(200);
    expect((await t.server.store.routing.getDepartment(team.id))?.memberIds).toEqual([accepted.body.agent.id]);
    const reused = await accept(linkToken(invitation), { name: '林', password: 'lin-password-2024' });
    expect(reused.status).toBe(410);
    expect(reused.body.error?.message).toContain('already used');
    expect((await call<{ invitations: Invitation[] }>(t, 'GET', '/invitations', { token: admin })).body.invitations).toEqual([]);
  });

  it('answers 410 for an expired link; resending replaces the link; revoking ends it; agents may not invite', async () => {
    const site = await t.server.store.getSiteByKey(DEMO.siteKey);
    const expiredToken = `expired-${nanoid(24)}`;
    await t.server.store.accounts.createInvitation({
      id: nanoid(), workspaceId: site!.workspaceId, email: 'late@shop.example', role: 'agent', departmentIds: [], capacity: 0,
      invitedById: 'someone', tokenHash: hashSecret(expiredToken), createdAt: Date.now() - 8 * 86_400_000, expiresAt: Date.now() - 86_400_000, acceptedAt: null,
    });
    const expired = await accept(expiredToken, { name: 'Late', password: 'late-password-1' });
    expect(expired.status).toBe(410);
    expect(expired.body.error?.message).toContain('expired');
    expect(await t.server.store.getAgentByEmail('late@shop.example')).toBeNull();
    // A new invitation for the same person replaces the expired one.
    expect((await invite({ email: 'late@shop.example' })).status).toBe(201);

    const first = (await invite({ email: 'resend@shop.example' })).body.invitation;
    const resent = await call<{ invitation: Invitation }>(t, 'POST', `/invitations/${first.id}/resend`, { token: admin });
    expect(resent.status).toBe(200);
    expect(linkToken(resent.body.invitation)).not.toBe(linkToken(first));
    expect((await accept(linkToken(first), { name: 'R', password: 'resend-password-1' })).status).toBe(404);

    const revoked = (await invite({ email: 'revoked@shop.example' })).body.invitation;
    expect((await call(t, 'DELETE', `/invitations/${revoked.id}`, { token: admin })).status).toBe(204);
    expect((await call(t, 'DELETE', `/invitations/${revoked.id}`, { token: admin })).status).toBe(404);
    expect((await accept(linkToken(revoked), { name: 'R', password: 'revoked-password-1' })).status).toBe(404);

    const agent = (await accept(linkToken(resent.body.invitation), { name: 'R', password: 'resend-password-1' })).body;
    expect((await invite({ email: 'x@shop.example' }, agent.token)).status).toBe(403);
    expect((await call(t, 'GET', '/invitations', { token: agent.token })).status).toBe(403);
  });

  it('deactivation disconnects the person at once, refuses their token, hands their chats back, and tells them at login', async () => {
    const invitation = (await invite({ email: 'gone@shop.example', capacity: 2 })).body.invitation;
    const person = (await accept(linkToken(invitation), { name: '小赵', password: 'zhao-password-1' })).body;
    const socket = await t.agent(person.token);
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, '我的订单还没到');
    // Routing gives it to the only person online (the demo admin is away); a claim takes it otherwise.
    await agentCommand(socket, 'conversation:claim', { conversationId: first.conversationId }, 5000);
    expect((await t.server.store.getConversation(first.conversationId))?.assigneeId).toBe(person.agent.id);

    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const patched = await call<{ agent: AgentPresence }>(t, 'PATCH', `/agents/${person.agent.id}`, { token: admin, body: { active: false } });
    expect(patched.status).toBe(200);
    expect(patched.body.agent).toMatchObject({ id: person.agent.id, active: false, connected: false });
    expect(await disconnected).toBe('io server disconnect');
    expect((await call(t, 'GET', '/conversations', { token: person.token })).status).toBe(401);
    await expect(t.agent(person.token)).rejects.toSatisfy((e) => errorCode(e) === 'unauthorized');
    const requeued = await t.server.store.getConversation(first.conversationId);
    expect(requeued).toMatchObject({ status: 'waiting', assigneeId: null });
    // Nobody can hand it back to them either.
    const supervisor = await t.agent(admin);
    const assigned = await agentCommand(supervisor, 'conversation:assign', { conversationId: first.conversationId, agentId: person.agent.id }, 5000);
    expect(assigned.ok ? 'assigned' : assigned.error.code).toBe('conflict');

    const login = await call(t, 'POST', '/auth/login', { body: { email: 'gone@shop.example', password: 'zhao-password-1' } });
    expect(login.status).toBe(403);
    expect(login.body.error?.message).toContain('removed');
    const wrong = await call(t, 'POST', '/auth/login', { body: { email: 'gone@shop.example', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    const agents = (await call<{ agents: AgentPresence[] }>(t, 'GET', '/agents', { token: admin })).body.agents;
    expect(agents.find((a) => a.id === person.agent.id)).toMatchObject({ active: false });

    expect((await call(t, 'PATCH', `/agents/${person.agent.id}`, { token: admin, body: { active: true } })).status).toBe(200);
    expect((await call(t, 'POST', '/auth/login', { body: { email: 'gone@shop.example', password: 'zhao-password-1' } })).status).toBe(200);
  });

  it('keeps one active admin: the last cannot be demoted or deactivated, and invalid changes name their fields', async () => {
    const me = (await call<{ agent: { id: string } }>(t, 'GET', '/auth/me', { token: admin })).body.agent;
    const bad = await call(t, 'PATCH', `/agents/${me.id}`, { token: admin, body: { role: 'owner', capacity: -1, active: 'no' } });
    expect(issuePaths(bad)).toEqual(['active', 'capacity', 'role']);
    expect((await call(t, 'PATCH', `/agents/${me.id}`, { token: admin, body: { role: 'agent' } })).status).toBe(409);
    expect((await call(t, 'PATCH', `/agents/${me.id}`, { token: admin, body: { active: false } })).status).toBe(409);
    // A deactivated admin does not count: the last active one still cannot go.
    const other = (await invite({ email: 'admin2@shop.example', role: 'admin' })).body.invitation;
    const second = (await accept(linkToken(other), { name: 'Admin 2', password: 'admin-two-password' })).body;
    expect((await call(t, 'PATCH', `/agents/${second.agent.id}`, { token: admin, body: { active: false } })).status).toBe(200);
    expect((await call(t, 'PATCH', `/agents/${me.id}`, { token: admin, body: { role: 'supervisor' } })).status).toBe(409);
    expect((await call(t, 'GET', '/auth/me', { token: admin })).status).toBe(200);
  });
});
