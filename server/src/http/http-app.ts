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
import type { RateLimits } from '../limits/rate-limits.js';
import { tokenLimit } from './token-limit.js';
import type { Readiness } from '../lifecycle/readiness.js';
import type { ParleyMetrics } from '../metrics/parley-metrics.js';
import { operationsRoutes } from './operations-routes.js';
import { requestLog, requestTiming } from './request-log.js';
import { securityHeaders } from './security-headers.js';
import type { TrustProxy } from '../limits/client-address.js';
import { reportRoutes } from './routes/report-routes.js';
import type { Reports } from '../domain/reports/reports.js';
import type { FilesService } from '../domain/conversation-live/files-service.js';
import type { AgentTools } from '../domain/agent-tools/agent-tools.js';
import { agentToolsRoutes } from './routes/agent-tools-routes.js';
import type { PrivacyService } from '../domain/privacy/privacy-service.js';
import { privacyRoutes } from './routes/privacy-routes.js';
import type { ContactsService } from '../domain/contacts/contacts-service.js';
import { contactRoutes } from './routes/contact-routes.js';
import type { ConversationSearch } from '../domain/search/conversation-search.js';
import { searchRoutes } from './routes/search-routes.js';
import { supervisionRoutes } from './routes/supervision-routes.js';

export interface HttpDeps {
  log: Logger;
  directory: AccountsService;
  conversations: ConversationService;
  routing: Routing;
  /** Reports for supervisors and admins (issue 15). */
  reports?: Reports;
  assets: AssetDirs;
  storeKind: string;
  /** The abuse limits (sign-in, resets, beacons, uploads, REST per token). */
  limits: RateLimits;
  /** `/readyz`: starting, ready or draining, and whether the store and Redis answer. */
  readiness: Readiness;
  /** `/metrics` (and the HTTP timings fed into it). */
  metrics: ParleyMetrics;
  /** METRICS_TOKEN: `/metrics` then wants it as a bearer token. */
  metricsToken: string | null;
  /** TRUST_PROXY: which peers' X-Forwarded-For / -Proto are believed (client addresses, HTTPS). */
  trustProxy: TrustProxy;
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
  /** Canned replies and tags. */
  agentTools?: AgentTools;
  /** Contacts and sites' identity secrets. */
  contacts?: ContactsService;
  /** Search over transcripts. */
  search?: ConversationSearch;
  /** Visitor export and deletion, the retention job's run log. */
  privacy?: PrivacyService;
}

/** The Express app: REST under /api/v1, health, built assets, the demo page. */
export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);

  app.use(requestLog(deps.log));
  app.use(securityHeaders());
  app.use(requestTiming(deps.metrics));
  app.use(operationsRoutes(deps));

  const api = express.Router();
  api.use(express.json({ limit: limits.restBodyBytes }));
  const openapi = openApiDocument();
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  api.use(tokenLimit(deps.limits));
  api.use(authRoutes(deps.directory, deps.limits));
  api.use(accountsRoutes(deps.directory, deps.limits));
  api.use(conversationRoutes(deps.directory, deps.conversations));
  if (deps.files) {
    api.use(liveRoutes({ directory: deps.directory, conversations: deps.conversations, files: deps.files.service, uploadTmpDir: deps.files.uploadTmpDir, limits: deps.limits }));
  }
  if (deps.proactive) {
    api.use(visitorBeaconRoutes(deps.directory, deps.proactive, deps.limits));
    api.use(proactiveRoutes(deps.directory, deps.proactive));
  }
  if (deps.bots) {
    api.use(botAdminRoutes(deps.directory, deps.bots));
    api.use(botApiRoutes(deps.conversations, deps.bots, deps.limits));
    if (deps.knowledge) api.use(articleRoutes(deps.directory, deps.knowledge, deps.bots));
  }
  api.use(routingRoutes(deps.directory, deps.routing));
  api.use(supervisionRoutes(deps.directory, deps.routing));
  if (deps.mail) api.use(mailRoutes(deps.directory, deps.mail));
  if (deps.agentTools) api.use(agentToolsRoutes(deps.directory, deps.agentTools));
  if (deps.contacts) api.use(contactRoutes(deps.directory, deps.contacts));
  if (deps.search) api.use(searchRoutes(deps.directory, deps.search));
  if (deps.reports) api.use(reportRoutes(deps.directory, deps.reports));
  if (deps.privacy) api.use(privacyRoutes(deps.directory, deps.privacy));
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
