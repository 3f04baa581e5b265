import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { ErrorCode } from '@parley/shared';
import type { Readiness } from '../lifecycle/readiness.js';
import type { ParleyMetrics } from '../metrics/parley-metrics.js';

export interface OperationsDeps {
  storeKind: string;
  readiness: Readiness;
  metrics: ParleyMetrics;
  /** With one, `/metrics` wants `Authorization: Bearer <token>` (METRICS_TOKEN). */
  metricsToken: string | null;
}

/** `/healthz` (the process is alive), `/readyz` (it should get traffic), `/metrics` (Prometheus). */
export function operationsRoutes(deps: OperationsDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', store: deps.storeKind, uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get('/readyz', async (_req, res) => {
    const report = await deps.readiness.report();
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? 'ready' : report.status === 'ready' ? 'unavailable' : report.status, checks: report.checks });
  });
  router.get('/metrics', async (req, res) => {
    if (deps.metricsToken && !sameSecret(req.headers.authorization ?? '', `Bearer ${deps.metricsToken}`)) {
      res.status(401).json({ error: { code: ErrorCode.unauthorized, message: 'send Authorization: Bearer <METRICS_TOKEN>' } });
      return;
    }
    res.setHeader('Content-Type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });
  return router;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
