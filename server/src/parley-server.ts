import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { ConversationService } from './domain/conversations/conversation-service.js';
import { BotFeature } from './domain/bots/bot-feature.js';
import { BotPresence } from './domain/bots/bot-presence.js';
import { firstHolder } from './domain/bots/first-holder.js';
import { DEMO, seedDemo } from './domain/accounts/demo-seed.js';
import { seedDemoBots } from './domain/bots/demo-bots.js';
import { IntakeService } from './domain/intake/intake-service.js';
import { KnowledgeService } from './domain/knowledge/knowledge-service.js';
import { AgentTools } from './domain/agent-tools/agent-tools.js';
import { ContactsService } from './domain/contacts/contacts-service.js';
import { ContactDeletion } from './domain/contacts/contact-deletion.js';
import { SearchIndexer } from './domain/search/search-indexer.js';
import { ConversationSearch } from './domain/search/conversation-search.js';
import { RedisBotPresence } from './cluster/redis-bot-presence.js';
import { openLiveList } from './cluster/open-live-list.js';
import { openRedis } from './cluster/open-redis.js';
import { openRedisSocketAdapter } from './cluster/redis-socket-adapter.js';
import { AccountsService } from './domain/accounts/accounts-service.js';
import { DomainEvents } from './domain/events.js';
import { Routing } from './domain/routing/create-routing.js';
import { createHttpApp } from './http/http-app.js';
import { Reports } from './domain/reports/reports.js';
import { defaultAssetDirs, type AssetDirs } from './http/static-assets.js';
import { Inflight } from './lifecycle/inflight.js';
import { createLogger, type Logger } from './logger.js';
import { createRealtime, type Realtime } from './realtime/socket-server.js';
import { openStore } from './store/open-store.js';
import { routingAvailability } from './domain/proactive/availability.js';
import { Proactive } from './domain/proactive/proactive.js';
import type { LiveList } from './domain/proactive/live-list.js';
import type { LiveOptions } from './domain/proactive/live-entry.js';
import type { Store } from './store/port.js';
import { MailFeature } from './domain/mail/create-mail.js';
import { smtpTransport } from './mail/smtp-transport.js';
import type { Mailer } from './domain/mail/mailer.js';
import path from 'node:path';
import { BOT_NAMESPACE } from '@parley/shared';
import { FileLinks } from './domain/conversation-live/file-links.js';
import { PrivacyService } from './domain/privacy/privacy-service.js';
import { RetentionJob } from './domain/privacy/retention-job.js';
import { FilesService } from './domain/conversation-live/files-service.js';
import { LiveService } from './domain/conversation-live/live-service.js';
import { sharpThumbnailer } from './files/thumbnailer.js';
import { openFileStorage } from './store/open-file-storage.js';
import { RateLimits } from './limits/rate-limits.js';
import { trustProxyOf } from './limits/client-address.js';
import { Readiness } from './lifecycle/readiness.js';
import { ParleyMetrics } from './metrics/parley-metrics.js';
import { timedStore } from './metrics/timed-store.js';

export interface ParleyOptions {
  logger?: Logger;
  /** A store to use instead of opening one from the config (tests). */
  store?: Store;
  assets?: AssetDirs;
  /** How soon the live list lets go of visitors who left (tests shorten it). */
  liveVisitors?: Partial<LiveOptions>;
  /** Mail through the outbox; without it nothing is mailed and links are shown instead. */
  mailer?: Mailer;
  /**
   * `false`: messages are not indexed for search as they are stored (the benchmark measures
   * delivery without the index beside delivery with it). The next start with it catches up.
   */
  searchIndex?: boolean;
}

export interface ParleyServer {
  config: Config;
  log: Logger;
  store: Store;
  events: DomainEvents;
  directory: AccountsService;
  conversations: ConversationService;
  /** The one road a visitor's message opens or reopens a conversation by. */
  intake: IntakeService;
  knowledge: KnowledgeService;
  /** Live visitors, triggers, agent-started chats, announcements. */
  proactive: Proactive;
  /** The live visitor list proactive reads (opened here, closed at `close()`). */
  liveList: LiveList;
  bots: BotFeature;
  routing: Routing;
  /** Uploads and their signed links (conversation-live). */
  files: FilesService;
  /** Typing, seen, ratings, the pre-chat form (conversation-live). */
  live: LiveService;
  /** Email: the `Mailer` port (`mail.mailer`), the outbox for admins, left messages, transcripts. */
  mail: MailFeature;
  /** The retention job (tests run a pass with `retention.run()`). */
  retention: RetentionJob;
  http: HttpServer;
  realtime: Realtime;
  /** Listens on `config.port` (0: an ephemeral port) and resolves with the URL. */
  listen(): Promise<string>;
  /**
   * Graceful stop: refuse new commands, let writes under way finish, tell clients to
   * reconnect, close sockets and the store. No acknowledged message is lost.
   */
  close(): Promise<void>;
}

/**
 * The composition root: store, then every capability in dependency order, each built once with
 * what it needs passed in (nothing is wired after construction), then HTTP and realtime.
 */
export async function createParleyServer(config: Config, options: ParleyOptions = {}): Promise<ParleyServer> {
  const log = options.logger ?? createLogger(config.logLevel);
  // The gauges read realtime, built last: until then they report nothing.
  let connected: (() => { visitor: number; agent: number; bot: number }) | null = null;
  const metrics = new ParleyMetrics({
    connected: () => connected?.() ?? null,
    queue: async () => {
      const now = Date.now();
      const waiting = (await store.routing.listActive(5000)).filter((c) => c.status === 'waiting' && !c.assigneeId && !c.botId);
      const oldest = Math.min(now, ...waiting.map((c) => c.queuedAt ?? c.createdAt));
      return { length: waiting.length, oldestWaitSeconds: (now - oldest) / 1000 };
    },
  });
  const store = timedStore(options.store ?? (await openStore(config)), metrics);
  const seeded = config.seedDemo ? await seedDemo(store) : false;
  if (seeded) log.info({ siteKey: DEMO.siteKey, email: DEMO.email }, 'seeded the demo workspace');

  const events = new DomainEvents();
  events.on('message:new', ({ message }) => {
    metrics.messages.inc({ author: message.author.type });
    metrics.messageLatency.observe(Math.max(0, Date.now() - message.createdAt) / 1000);
  });
  const tokens = new TokenService(config.jwtSecret, config.agentTokenTtlSeconds);
  // Email only when SMTP_URL is set; the outbox in the store is the only way mail leaves.
  const mail = new MailFeature({ store, log, config: config.mail, transport: config.mail ? smtpTransport(config.mail) : null, publicUrl: config.publicUrl });
  // With several processes, a socket bot connected to any of them answers chats started on all.
  const presenceShare = config.redisUrl ? new RedisBotPresence(await openRedis(config.redisUrl, log, 'bot presence'), log) : null;
  const botPresence = new BotPresence(presenceShare);
  // Bots first: a bot put first takes a site's new conversations and keeps the site open for the widget.
  const botFirst = firstHolder(store, botPresence);
  const routing = new Routing(
    { store, events, log, botAnswers: async (siteId) => (await botFirst(siteId)) !== null },
    { agentGraceMs: config.agentOfflineGraceMs, sweepMs: config.routingSweepMs },
  );
  // Links in mail point to PUBLIC_URL, else to the URL this server listens on (known after listen()).
  let ownUrl = `http://localhost:${config.port}`;
  const directory = new AccountsService({
    store,
    tokens,
    events,
    routing,
    mailer: options.mailer ?? mail.mailer,
    log,
    allowSignup: config.allowSignup,
    publicUrl: () => config.publicUrl ?? ownUrl,
  });
  // Files: bytes in GridFS with MongoDB, else under DATA_DIR; links signed with the server secret.
  const files = new FilesService({
    store,
    storage: openFileStorage(store, config.dataDir),
    links: new FileLinks(config.jwtSecret),
    tokens,
    thumbnail: sharpThumbnailer,
  });
  // Built right after routing so that it records every agent status change from the start.
  const reports = new Reports({ store, events, log });
  const live = new LiveService(store, events);
  const conversations = new ConversationService(store, events, Date.now, mail.offline, files);
  const knowledge = new KnowledgeService(store);
  const agentTools = new AgentTools({ store, events, log });
  const contactDeletion = new ContactDeletion({ store, files, log });
  const contacts = new ContactsService({ store, tokens, deletion: contactDeletion });
  const privacy = new PrivacyService({ store, files });
  const retention = new RetentionJob(store, files, log, config.retentionIntervalMs);
  const searchIndexer = new SearchIndexer({ store, events, log });
  const search = new ConversationSearch(store);
  // Every bot-to-person handoff joins routing's queue, in the department the bot named.
  const bots = new BotFeature({
    store,
    events,
    conversations,
    config: config.bots,
    log,
    presence: botPresence,
    knowledge,
    enqueue: async (conversation, department) => {
      await routing.enqueueFromBot(conversation, department);
    },
  });
  const liveList = await openLiveList(config.redisUrl, log, options.liveVisitors);
  const proactive = new Proactive({
    store,
    events,
    directory,
    tokens,
    conversations,
    availability: routingAvailability(store),
    heartbeatSeconds: config.visitorHeartbeatSeconds,
    live: liveList,
  });
  const intake = new IntakeService({
    store,
    events,
    conversations,
    routing,
    openingPlan: (visitor, triggerId) => proactive.openingPlan(visitor, triggerId),
    firstHolder: botFirst,
    offlineMail: mail.offline,
    now: Date.now,
  });
  const inflight = new Inflight();
  // With several processes the limits are counted in Redis, so a client cannot spread its
  // attempts over the processes behind the load balancer.
  const redis = config.redisUrl ? await openRedis(config.redisUrl, log, 'rate limits and readiness') : null;
  const limits = new RateLimits(config.limits, redis, (name) => metrics.limited.inc({ limit: name }));
  const readiness = new Readiness({
    store: () => store.getWorkspace('readyz-probe'),
    ...(redis ? { redis: () => redis.ping() } : {}),
  });
  if (seeded) {
    const workspaceId = (await store.getSiteByKey(DEMO.siteKey))?.workspaceId;
    if (workspaceId) await seedDemoBots(bots, knowledge, workspaceId);
  }
  const demoSiteKey = config.seedDemo && (await store.getSiteByKey(DEMO.siteKey)) ? DEMO.siteKey : null;

  const app = createHttpApp({
    log,
    directory,
    conversations,
    routing,
    reports,
    assets: options.assets ?? defaultAssetDirs,
    storeKind: store.kind,
    limits,
    readiness,
    metrics,
    metricsToken: config.metricsToken,
    trustProxy: trustProxyOf(config.trustProxy),
    demoSiteKey,
    proactive,
    bots,
    knowledge,
    mail,
    files: { service: files, uploadTmpDir: path.join(config.dataDir, 'uploads-in') },
    agentTools,
    contacts,
    search,
    privacy,
  });
  const http = createServer(app);
  const realtime = await createRealtime(http, {
    log,
    inflight,
    events,
    directory,
    conversations,
    intake,
    proactive,
    bots,
    knowledge,
    routing,
    mail,
    live,
    limits,
    trustProxy: trustProxyOf(config.trustProxy),
    contacts,
    sharedRooms: config.redisUrl ? await openRedisSocketAdapter(config.redisUrl, log) : null,
  });
  connected = () => ({ visitor: realtime.visitors.sockets.size, agent: realtime.agents.sockets.size, bot: realtime.io.of(BOT_NAMESPACE).sockets.size });
  bots.start();
  mail.start();
  if (options.searchIndex !== false) searchIndexer.start();
  retention.start();
  // Deletions a crash or stop cut short finish before the server takes requests; one that fails
  // again keeps its mark for the next start, and the server still starts.
  await contactDeletion.resumePending().catch((err: unknown) => log.error({ err }, 'could not finish a pending contact deletion'));

  let closing: Promise<void> | null = null;
  return {
    config,
    log,
    store,
    events,
    directory,
    conversations,
    intake,
    knowledge,
    proactive,
    liveList,
    bots,
    routing,
    files,
    retention,
    live,
    mail,
    http,
    realtime,
    listen: () =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        // A deep accept queue: after a restart thousands of widgets reconnect at once, and with
        // Node's default (511) the kernel drops SYNs and clients wait seconds to retry.
        http.listen({ port: config.port, host: config.host, backlog: 4096 }, () => {
          const { port } = http.address() as AddressInfo;
          const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
          ownUrl = `http://${host}:${port}`;
          readiness.markReady();
          resolve(ownUrl);
        });
      }),
    close: () =>
      (closing ??= (async () => {
        // Out of the load balancer's rotation first, while the drain lets writes finish.
        readiness.markDraining();
        const drained = await inflight.drain(config.shutdownGraceMs);
        if (!drained) log.warn({ inflight: inflight.size }, 'shutdown grace ran out with commands in flight');
        proactive.stop();
        // Realtime first: it closes the sockets and waits for the store work their disconnects
        // start; then routing clears the presence timers those set. The store closes last, with
        // nothing left that could still write to it.
        await realtime.close(1000);
        await routing.close();
        reports.close();
        await liveList.close();
        await bots.stop();
        await mail.stop(config.shutdownGraceMs);
        await searchIndexer.stop();
        await retention.stop();
        http.closeAllConnections();
        redis?.disconnect();
        await store.close();
      })()),
  };
}
