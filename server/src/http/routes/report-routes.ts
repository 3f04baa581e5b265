import { Router } from 'express';
import { reportQuerySchema } from '@parley/shared';
import type { AccountsService } from '../../domain/accounts/accounts-service.js';
import type { Reports } from '../../domain/reports/reports.js';
import { parseOr400 } from '../error-handler.js';
import { agentActor, agentOf, requireAgent } from '../require-agent.js';

/**
 * The reports' REST routes (supervisors and admins): overview, busiest hours, agents and
 * departments, each with `from`, `to`, `timeZone` and the filters as query parameters.
 * Documented in openapi-reports.ts.
 */
export function reportRoutes(directory: AccountsService, reports: Reports): Router {
  const router = Router();
  router.use('/reports', requireAgent(directory));
  const query = (raw: unknown) => parseOr400(reportQuerySchema, raw);

  router.get('/reports/overview', async (req, res) => {
    res.json(await reports.overview(agentActor(agentOf(res)), query(req.query)));
  });
  router.get('/reports/heatmap', async (req, res) => {
    res.json(await reports.heatmap(agentActor(agentOf(res)), query(req.query)));
  });
  router.get('/reports/agents', async (req, res) => {
    res.json(await reports.agents(agentActor(agentOf(res)), query(req.query)));
  });
  router.get('/reports/departments', async (req, res) => {
    res.json(await reports.departments(agentActor(agentOf(res)), query(req.query)));
  });
  return router;
}
