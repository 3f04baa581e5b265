import { Router } from 'express';
import { departmentInputSchema, departmentPatchSchema, restAssignSchema, siteSettingsPatchSchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { Routing } from '../../domain/routing/create-routing.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

/**
 * Routing's REST routes: site settings (hours, targets, strategy, acknowledgement…),
 * departments, agents' capacity and role (admins change them; any agent reads them), and a
 * conversation's event log. Documented in openapi.ts.
 */
export function routingRoutes(directory: AccountsService, routing: Routing): Router {
  const router = Router();
  const auth = requireAgent(directory);
  // `GET /sites` is proactive chat's route; the settings ride along on each site (stored ones).
  // `GET /agents` and `PATCH /agents/{id}` (role, capacity, access) are accounts' routes (team-routes.ts).
  for (const path of ['/sites/:id/settings', '/departments', '/conversations/:id/events', '/conversations/:id/assign']) router.use(path, auth);

  router.get('/sites/:id/settings', async (req, res) => {
    res.json({ site: await routing.siteSettings(agentActor(agentOf(res)), req.params.id) });
  });
  router.patch('/sites/:id/settings', async (req, res) => {
    const patch = parseOr400(siteSettingsPatchSchema, req.body);
    res.json({ site: await routing.updateSiteSettings(agentActor(agentOf(res)), req.params.id, patch) });
  });

  router.get('/departments', async (_req, res) => {
    res.json({ departments: await routing.departments(agentActor(agentOf(res))) });
  });
  router.post('/departments', async (req, res) => {
    const input = parseOr400(departmentInputSchema, req.body);
    res.status(201).json({ department: await routing.createDepartment(agentActor(agentOf(res)), input) });
  });
  router.patch('/departments/:id', async (req, res) => {
    const patch = parseOr400(departmentPatchSchema, req.body);
    res.json({ department: await routing.updateDepartment(agentActor(agentOf(res)), req.params.id, patch) });
  });

  // Supervisors and admins give a chat to an agent (the socket's `conversation:assign`, for the console's button and integrations).
  router.post('/conversations/:id/assign', async (req, res) => {
    const { agentId } = parseOr400(restAssignSchema, req.body);
    res.json({ conversation: await routing.assign(agentActor(agentOf(res)), req.params.id, agentId) });
  });

  router.get('/conversations/:id/events', async (req, res) => {
    res.json({ events: await routing.conversationEvents(agentActor(agentOf(res)), req.params.id) });
  });
  return router;
}
