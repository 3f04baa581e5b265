import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { mailConfigOf, mailEnvSchema, type MailConfig } from './mail-config.js';
import { mongoDatabaseName } from './mongo-uri.js';
import { limitSettingsOf, type LimitSettings } from './limits/limit-rules.js';

/**
 * The environment, validated once at boot. A wrong value stops the server with a readable
 * list of what is wrong instead of failing later in some handler.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('data'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
    // Without one the driver silently writes to a database called `test`.
    .refine((uri) => !/^mongodb/.test(uri) || mongoDatabaseName(uri) !== '', 'must name the database, e.g. mongodb://localhost:27017/parley')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** How long an agent's login lasts, in seconds. */
  AGENT_TOKEN_TTL: z.coerce.number().int().min(60).default(12 * 3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed the demo workspace (never in production). */
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  /** Milliseconds SIGTERM waits for in-flight writes before closing the store anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(5000),
  /** How often the widget's tracker pings while its tab is visible (live visitors, announcements). */
  VISITOR_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  /** First webhook retry after this; each next one waits twice as long (capped at an hour). */
  BOT_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(2000),
  /** Attempts per webhook delivery before it is given up. */
  BOT_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  /** How long one webhook POST may take. */
  BOT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** A socket bot gone this long hands its conversations to people (a short blip does not). */
  BOT_DISCONNECT_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** Milliseconds an agent whose last console socket closed still counts as connected. */
  AGENT_OFFLINE_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
  /** Milliseconds between service-level and idle-close sweeps. */
  ROUTING_SWEEP_MS: z.coerce.number().int().min(50).default(5000),
  /** Milliseconds between passes of the retention job (sites with `retentionDays`); an hour by default. */
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(1000).default(3_600_000),
  ...mailEnvSchema,
  /** Anyone may create a new workspace from the login page (`POST /api/v1/signup`). */
  ALLOW_SIGNUP: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Which peers are reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (Express's syntax). */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  /** When set, `/metrics` wants `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Webhook URLs may resolve to loopback, private, link-local or metadata addresses (tests, intranets). */
  ALLOW_PRIVATE_WEBHOOKS: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  mongodbUri: string | undefined;
  redisUrl: string | undefined;
  jwtSecret: string;
  agentTokenTtlSeconds: number;
  logLevel: string;
  seedDemo: boolean;
  shutdownGraceMs: number;
  visitorHeartbeatSeconds: number;
  bots: BotConfig;
  agentOfflineGraceMs: number;
  routingSweepMs: number;
  retentionIntervalMs: number;
  /** `null` when SMTP_URL is unset: nothing is mailed. */
  mail: MailConfig | null;
  /** The address links in mail point to (PUBLIC_URL), without a trailing slash. */
  publicUrl: string | null;
  allowSignup: boolean;
  /** The abuse limits (`limits/limit-rules.ts`): RATE_LIMITS=off, RATE_LIMIT_<NAME>=points/seconds. */
  limits: LimitSettings;
  /** `/metrics` wants this bearer token; `null`: open (keep it off the public internet at the proxy). */
  metricsToken: string | null;
  /** TRUST_PROXY: the proxies in front (`loopback`, `uniquelocal`, CIDRs), for client addresses and HTTPS. */
  trustProxy: string;
}

export interface BotConfig {
  webhookRetryBaseMs: number;
  webhookMaxAttempts: number;
  webhookTimeoutMs: number;
  disconnectGraceMs: number;
  /** Webhook URLs may reach loopback, private and link-local addresses (ALLOW_PRIVATE_WEBHOOKS: tests, intranets). */
  allowPrivateWebhooks: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates `env` (default `process.env`) and returns the server's settings, or throws `ConfigError`. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET: required when NODE_ENV=production (at least 32 characters)']);
  }
  const mail = mailConfigOf(e);
  const limits = limitSettingsOf(stripEmpty(env));
  if (mail.problems.length + limits.problems.length > 0) throw new ConfigError([...mail.problems, ...limits.problems]);
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    mongodbUri: e.MONGODB_URI,
    redisUrl: e.REDIS_URL,
    jwtSecret: e.JWT_SECRET ?? persistentDevSecret(dataDir),
    agentTokenTtlSeconds: e.AGENT_TOKEN_TTL,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.NODE_ENV !== 'production' && (e.SEED_DEMO ?? true),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    visitorHeartbeatSeconds: e.VISITOR_HEARTBEAT_SECONDS,
    bots: {
      webhookRetryBaseMs: e.BOT_WEBHOOK_RETRY_BASE_MS,
      webhookMaxAttempts: e.BOT_WEBHOOK_MAX_ATTEMPTS,
      webhookTimeoutMs: e.BOT_WEBHOOK_TIMEOUT_MS,
      disconnectGraceMs: e.BOT_DISCONNECT_GRACE_MS,
      allowPrivateWebhooks: e.ALLOW_PRIVATE_WEBHOOKS,
    },
    agentOfflineGraceMs: e.AGENT_OFFLINE_GRACE_MS,
    routingSweepMs: e.ROUTING_SWEEP_MS,
    retentionIntervalMs: e.RETENTION_INTERVAL_MS,
    mail: mail.mail,
    publicUrl: mail.publicUrl,
    allowSignup: e.ALLOW_SIGNUP,
    limits: limits.settings,
    metricsToken: e.METRICS_TOKEN ?? null,
    trustProxy: e.TRUST_PROXY,
  };
}

/** Empty strings count as unset, as shells and .env files produce them. */
function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

/**
 * Outside production a secret is generated once and kept in DATA_DIR, so visitor and agent
 * tokens survive a restart without the user having to configure anything.
 */
function persistentDevSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
