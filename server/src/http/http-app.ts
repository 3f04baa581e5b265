import express, { type Express } from 'express';
import { limits } from '@parley/shared';
import type { ConversationService } from '../domain/conversations/conversation-service.js';
import type { AccountsService } from '../domain/accounts/accounts-service.js';
import type { Routing } from '../domain/routing/create-routing.js';
import type { Logger } from '../logger.js';
import { demoPage } from './demo-page.js';
import { errorHandler, notFoundHandler } from './error-handler.js';
import { openApiDocument } from './openapi.js';
import { authRoutes } from './routes/auth-routes.js';
import { accountsRoutes } from './routes/accounts-routes.js';
import { conversationRoutes } from './routes/conversation-routes.js';
import { proactiveRoutes } from './routes/proactive-routes.js';
import { visitorBeaconRoutes } from './routes/visitor-beacon-routes.js';
import type { Proactive } from '../domain/proactive/proactive.js';
import type { KnowledgeService } from '../domain/knowledge/knowledge-service.js';
import { demoPricingPage } from './demo-pricing-page.js';
import { articleRoutes } from './routes/article-routes.js';
import { botAdminRoutes } from './routes/bot-admin-routes.js';
import { botApiRoutes } from './routes/bot-api-routes.js';
import type { BotFeature } from '../domain/bots/bot-feature.js';
import { routingRoutes } from './routes/routing-routes.js';
import { mailRoutes } from './routes/mail-routes.js';
import type { MailFeature } from '../domain/mail/create-mail.js';
import { staticAssets, type AssetDirs } from './static-assets.js';
import { liveRoutes } from './routes/live-routes.js';
import { reportRoutes } from './routes/report-routes.js';
import type { Reports } from '../domain/reports/reports.js';
import type { FilesService } from '../domain/conversation-live/files-service.js';

export interface HttpDeps {
  log: Logger;
  directory: AccountsService;
  conversations: ConversationService;
  routing: Routing;
  /** Reports for supervisors and admins (issue 15). */
  reports?: Reports;
  assets: AssetDirs;
  storeKind: string;
  /** Site key the demo page at `/` embeds; `null` serves no demo page. */
  demoSiteKey: string | null;
  /** Proactive chat's REST: the widget tracker's beacons, triggers, announcements, live visitors. */
  proactive?: Proactive;
  /** Bots: their accounts, the bot API, self-service counts. */
  bots?: BotFeature;
  /** The knowledge base's articles (with bots: its REST routes). */
  knowledge?: KnowledgeService;
  /** The mail outbox for admins (failed mails, retry). */
  mail?: MailFeature;
  /** Uploads, signed file links, transcript export (with the folder uploads are received in). */
  files?: { service: FilesService; uploadTmpDir: string };
}

/** The Express app: REST under /api/v1, health, built assets, the demo page. */
export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', store: deps.storeKind, uptimeSeconds: Math.round(process.uptime()) });
  });

  const api = express.Router();
  api.use(express.json({ limit: limits.restBodyBytes }));
  const openapi = openApiDocument();
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  api.use(authRoutes(deps.directory));
  api.use(accountsRoutes(deps.directory));
  api.use(conversationRoutes(deps.directory, deps.conversations));
  if (deps.files) {
    api.use(liveRoutes({ directory: deps.directory, conversations: deps.conversations, files: deps.files.service, uploadTmpDir: deps.files.uploadTmpDir }));
  }
  if (deps.proactive) {
    api.use(visitorBeaconRoutes(deps.directory, deps.proactive));
    api.use(proactiveRoutes(deps.directory, deps.proactive));
  }
  if (deps.bots) {
    api.use(botAdminRoutes(deps.directory, deps.bots));
    api.use(botApiRoutes(deps.conversations, deps.bots));
    if (deps.knowledge) api.use(articleRoutes(deps.directory, deps.knowledge, deps.bots));
  }
  api.use(routingRoutes(deps.directory, deps.routing));
  if (deps.mail) api.use(mailRoutes(deps.directory, deps.mail));
  if (deps.reports) api.use(reportRoutes(deps.directory, deps.reports));
  api.use(notFoundHandler);
  app.use('/api/v1', api);

  app.use(staticAssets(deps.assets));
  if (deps.demoSiteKey) {
    const page = demoPage(deps.demoSiteKey);
    app.get('/', (_req, res) => {
      res.type('html').send(page);
    });
    const pricing = demoPricingPage(deps.demoSiteKey);
    app.get('/pricing', (_req, res) => {
      res.type('html').send(pricing);
    });
  }
  app.use(notFoundHandler);
  app.use(errorHandler(deps.log));
  return app;
}
