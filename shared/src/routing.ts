import { z } from 'zod';
import { limits } from './limits.js';
import { defaultLiveSettings, liveSettingsFields } from './conversation-live/live-settings.js';
import { defaultPrivacySettings, privacySettingsFields } from './privacy/privacy-settings.js';

/**
 * Routing: agent status, departments, site settings (hours, targets, strategy, acknowledgement),
 * the queue as a visitor sees it, and the recorded history of a conversation. Times are epoch
 * milliseconds; durations in settings are seconds (what a site owner types).
 */

/** What an agent chose in the console. Routing only assigns to `online` agents who are connected. */
export const AgentStatus = {
  online: 'online',
  away: 'away',
  offline: 'offline',
} as const;
export type AgentStatus = (typeof AgentStatus)[keyof typeof AgentStatus];
export const agentStatuses = Object.values(AgentStatus) as [AgentStatus, ...AgentStatus[]];

export const RoutingStrategy = {
  leastBusy: 'least_busy',
  roundRobin: 'round_robin',
} as const;
export type RoutingStrategy = (typeof RoutingStrategy)[keyof typeof RoutingStrategy];

/** Weekday keys in `Intl`'s `weekday: 'short'` English form, lower-cased. */
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM (00:00 to 24:00)');
const interval = z
  .tuple([clock, clock])
  .refine(([from, to]) => from < to, 'an interval must end after it starts (split one that crosses midnight)');

/** Whether `Intl` knows an IANA time zone name (opening hours, reports). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Opening hours in a time zone: for each weekday, intervals of local wall-clock time. */
export const businessHoursSchema = z.object({
  timeZone: z.string().min(1).max(64).refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris'),
  weekly: z.partialRecord(z.enum(weekdays), z.array(interval).max(6)),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

const seconds = (max: number) => z.number().int().min(0).max(max);

/**
 * The abuse limits a site may set for itself (the server's `limit-rules.ts` names them and
 * holds the defaults): those counted for its visitors, conversations and page views.
 * A site expecting a crowd behind one address (a trade fair, a school) raises the per-address
 * ones; a site under attack lowers them. Limits on accounts and tokens are the server's alone.
 */
export const siteRateLimitNames = [
  'visitorMessage',
  'conversationMessage',
  'newVisitorAddress',
  'newVisitorSite',
  'newConversationAddress',
  'newConversationSite',
  'beaconNewVisitorAddress',
  'beaconAddress',
] as const;
export type SiteRateLimitName = (typeof siteRateLimitNames)[number];
/** "So many per so many seconds": at least 1 of each, at most 100,000 per day. */
export const siteRateLimitSchema = z.object({ points: z.number().int().min(1).max(100_000), seconds: z.number().int().min(1).max(86_400) }).strict();
export type SiteRateLimit = z.infer<typeof siteRateLimitSchema>;
const localizedText = z.partialRecord(z.enum(['en', 'zh-CN', 'zh-TW']), z.string().trim().min(1).max(500));

/** The settings a site has when its owner has changed nothing. */
export const defaultSiteSettings = {
  strategy: RoutingStrategy.leastBusy as RoutingStrategy,
  defaultCapacity: 3,
  hours: null as BusinessHours | null,
  autoAck: { enabled: true, text: {} as Partial<Record<'en' | 'zh-CN' | 'zh-TW', string>> },
  typicalReplyMinutes: 2,
  averageChatMinutes: 6,
  firstResponseTargetSeconds: 120,
  resolutionTargetSeconds: 3600,
  slaWarnBeforeSeconds: 30,
  idleCloseMinutes: 30,
  reopenWindowMinutes: 10,
  missedAfterSeconds: 60,
  alertRepeatSeconds: 30,
  alertEscalateAfterSeconds: 120,
  departmentRules: [] as { urlContains: string; departmentId: string }[],
  requireVerifiedIdentity: false,
  rateLimits: {} as Partial<Record<SiteRateLimitName, SiteRateLimit>>,
  ...defaultLiveSettings,
  ...defaultPrivacySettings,
};

/** Each setting's rule, without defaults: the patch schema makes them optional, the full one fills them in. */
const settingsFields = {
  strategy: z.enum([RoutingStrategy.leastBusy, RoutingStrategy.roundRobin]),
  /** Capacity of agents whose own capacity is 0 ("use the site's"). */
  defaultCapacity: z.number().int().min(1).max(50),
  /** `null`: always open. */
  hours: businessHoursSchema.nullable(),
  /** Acknowledgement posted after a visitor's first message; `{time}` is the typical reply time. */
  autoAck: z.object({ enabled: z.boolean(), text: localizedText }),
  /** Used for the acknowledgement and the wait estimate until there is enough history. */
  typicalReplyMinutes: z.number().int().min(1).max(24 * 60),
  averageChatMinutes: z.number().int().min(1).max(24 * 60),
  /** Service-level targets; 0 turns one off. */
  firstResponseTargetSeconds: seconds(7 * 86400),
  resolutionTargetSeconds: seconds(30 * 86400),
  /** The console warns this long before a target is missed. */
  slaWarnBeforeSeconds: seconds(86400),
  /** Open conversations with no message for this long close themselves; 0: never. */
  idleCloseMinutes: z.number().int().min(0).max(30 * 24 * 60),
  /** A visitor writing within this long after a close reopens the same conversation; 0: never. */
  reopenWindowMinutes: z.number().int().min(0).max(30 * 24 * 60),
  /** A visitor gone this long while nobody has answered yet is a missed chat. */
  missedAfterSeconds: seconds(86400),
  /** The console repeats its alert for a waiting chat this often. */
  alertRepeatSeconds: z.number().int().min(5).max(3600),
  /** Supervisors are alerted when a chat has waited this long. */
  alertEscalateAfterSeconds: z.number().int().min(10).max(86400),
  /** The first rule whose text occurs in the page URL picks the department. */
  departmentRules: z
    .array(z.object({ urlContains: z.string().min(1).max(500), departmentId: z.string().min(1).max(limits.id) }))
    .max(50),
  /**
   * Strict identity: `Parley('identify', …)` without a `userHash` that matches the site's
   * identity secret is refused (the visitor stays anonymous), never stored.
   */
  requireVerifiedIdentity: z.boolean(),
  /** This site's own abuse limits, each replacing the server's default for its visitors; left out: the default. */
  rateLimits: z.partialRecord(z.enum(siteRateLimitNames), siteRateLimitSchema),
  /** Sneak peek, uploads, rating, pre-chat form (conversation-live/live-settings.ts). */
  ...liveSettingsFields,
  /** Retention (privacy/privacy-settings.ts). */
  ...privacySettingsFields,
};

/** A site's settings in full; fields left out take their defaults. */
export const siteSettingsSchema = z.preprocess(
  (value) => (value && typeof value === 'object' ? { ...defaultSiteSettings, ...value } : value),
  z.object(settingsFields).strict(),
);
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
/** What an admin sends to change some settings: merged over the current ones, then validated whole. */
export const siteSettingsPatchSchema = z.object(settingsFields).partial().strict();
export type SiteSettingsPatch = z.infer<typeof siteSettingsPatchSchema>;

export interface Department {
  id: string;
  workspaceId: string;
  name: string;
  /** Tier 2: where an escalation from this department goes. */
  escalatesToId: string | null;
  /** `null`: the site's hours apply. */
  hours: BusinessHours | null;
  memberIds: string[];
  createdAt: number;
}

export const departmentInputSchema = z.object({
  name: z.string().trim().min(1).max(limits.name),
  escalatesToId: z.string().min(1).max(limits.id).nullable().default(null),
  hours: businessHoursSchema.nullable().default(null),
  memberIds: z.array(z.string().min(1).max(limits.id)).max(500).default([]),
});
export type DepartmentInput = z.infer<typeof departmentInputSchema>;
export const departmentPatchSchema = departmentInputSchema.partial().strict();

/** Where a waiting visitor stands: 1 is next. */
export interface QueueStatus {
  conversationId: string;
  position: number;
  estimatedWaitMs: number;
}

/** What the widget needs before the first message: open or not, and the departments to choose from. */
export interface Availability {
  /** Within business hours and someone who can answer is online. */
  available: boolean;
  withinHours: boolean;
  departments: { id: string; name: string; available: boolean }[];
}

export const ConversationEventKind = {
  created: 'created',
  queued: 'queued',
  assigned: 'assigned',
  firstResponse: 'first_response',
  transferred: 'transferred',
  escalated: 'escalated',
  resolved: 'resolved',
  reopened: 'reopened',
  missed: 'missed',
  offlineMessage: 'offline_message',
  slaBreached: 'sla_breached',
  /** The visitor rated the conversation (data: score, comment, changed). */
  rated: 'rated',
} as const;
export type ConversationEventKind = (typeof ConversationEventKind)[keyof typeof ConversationEventKind];

/** One recorded state change; reports are computed from these. */
export interface ConversationEvent {
  conversationId: string;
  workspaceId: string;
  siteId: string;
  kind: ConversationEventKind;
  at: number;
  agentId: string | null;
  departmentId: string | null;
  data: Record<string, string | number | boolean | null>;
}
