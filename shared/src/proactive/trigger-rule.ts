import { z } from 'zod';
import { textMatchOps, type TextMatch } from './text-match.js';

/**
 * A trigger rule: when every condition holds for a visitor on a page, the widget shows the
 * rule's message (as a named agent or bot), at most as often as its capping allows.
 * Conditions split by where they are cheapest to check: the server checks those it knows at
 * a page view (page, visit, visitor, availability); the widget checks time, scroll and exit
 * intent locally, so the visitor never waits on a round trip for them.
 */

export const DeviceType = { desktop: 'desktop', mobile: 'mobile', tablet: 'tablet' } as const;
export type DeviceType = (typeof DeviceType)[keyof typeof DeviceType];
export const deviceTypes = Object.values(DeviceType) as [DeviceType, ...DeviceType[]];

export type TriggerCondition =
  | { type: 'url'; match: TextMatch }
  | { type: 'referrer'; match: TextMatch }
  | { type: 'timeOnPage'; seconds: number }
  | { type: 'pagesViewed'; atLeast: number }
  | { type: 'returning'; value: boolean }
  | { type: 'scrollDepth'; percent: number }
  | { type: 'exitIntent' }
  | { type: 'device'; value: DeviceType }
  /** A language tag prefix: `zh` matches zh-CN and zh-TW, `zh-TW` only zh-TW. */
  | { type: 'language'; value: string }
  | { type: 'businessHours' }
  | { type: 'agentsAvailable' }
  /** Also enforced for every rule: a proactive message never interrupts a conversation. */
  | { type: 'notChatting' };
export type TriggerConditionType = TriggerCondition['type'];

/** Conditions the widget evaluates on the page; all others are settled by the server at a page view. */
export const clientConditionTypes = ['timeOnPage', 'scrollDepth', 'exitIntent'] as const satisfies readonly TriggerConditionType[];

export const SenderType = { agent: 'agent', bot: 'bot' } as const;
export type SenderType = (typeof SenderType)[keyof typeof SenderType];

export interface TriggerAction {
  /** The proactive message, shown as from `senderName`. */
  message: { text: string; senderName: string; senderType: SenderType };
  /** Open the chat panel with the message instead of showing the small preview bubble. */
  openWidget: boolean;
  /**
   * The department the conversation a reply starts is routed in (its queue, members and hours),
   * ahead of the site's page rules; `null` or a department deleted since: the usual choice.
   */
  departmentId: string | null;
  /**
   * The bot that holds the conversation a reply starts, from its first message (the built-in
   * knowledge-base bot or any bot of the workspace); `null`, or a bot that cannot answer now:
   * people answer, through routing as usual.
   */
  botId: string | null;
}

/**
 * How often one visitor may see the rule. `visitor`: once ever; `session`: once per visit (a
 * browser tab's session); `days`: once per `days` days. Never while chatting; once dismissed,
 * never again.
 */
export type TriggerCapping = { scope: 'visitor' } | { scope: 'session' } | { scope: 'days'; days: number };

/** What counts as success after the rule was shown: a page URL or a `Parley('track', name)` call. */
export type TriggerGoal = { type: 'url'; match: TextMatch } | { type: 'event'; name: string };

export interface TriggerRule {
  id: string;
  siteId: string;
  name: string;
  enabled: boolean;
  /** Higher first when several rules match at once. */
  priority: number;
  conditions: TriggerCondition[];
  action: TriggerAction;
  capping: TriggerCapping;
  goal: TriggerGoal | null;
  createdAt: number;
  updatedAt: number;
}

const textMatchSchema = z.object({
  op: z.enum(textMatchOps),
  value: z.string().trim().min(1).max(500),
});

export const triggerConditionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('url'), match: textMatchSchema }),
  z.object({ type: z.literal('referrer'), match: textMatchSchema }),
  z.object({ type: z.literal('timeOnPage'), seconds: z.number().int().min(0).max(3600) }),
  z.object({ type: z.literal('pagesViewed'), atLeast: z.number().int().min(1).max(1000) }),
  z.object({ type: z.literal('returning'), value: z.boolean() }),
  z.object({ type: z.literal('scrollDepth'), percent: z.number().int().min(0).max(100) }),
  z.object({ type: z.literal('exitIntent') }),
  z.object({ type: z.literal('device'), value: z.enum(['desktop', 'mobile', 'tablet']) }),
  z.object({ type: z.literal('language'), value: z.string().trim().min(2).max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag') }),
  z.object({ type: z.literal('businessHours') }),
  z.object({ type: z.literal('agentsAvailable') }),
  z.object({ type: z.literal('notChatting') }),
]);

export const triggerCappingSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('visitor') }),
  z.object({ scope: z.literal('session') }),
  z.object({ scope: z.literal('days'), days: z.number().int().min(1).max(365) }),
]);

export const triggerGoalSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('url'), match: textMatchSchema }),
  z.object({ type: z.literal('event'), name: z.string().trim().min(1).max(100) }),
]);

/** A rule as an admin writes it (REST body of create and replace). */
export const triggerRuleInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  priority: z.number().int().min(-1000).max(1000).default(0),
  conditions: z.array(triggerConditionSchema).max(20).default([]),
  action: z.object({
    message: z.object({
      text: z.string().trim().min(1).max(1000),
      senderName: z.string().trim().min(1).max(120),
      senderType: z.enum(['agent', 'bot']).default('agent'),
    }),
    openWidget: z.boolean().default(false),
    departmentId: z.string().min(1).max(64).nullable().default(null),
    botId: z.string().min(1).max(64).nullable().default(null),
  }),
  capping: triggerCappingSchema.default({ scope: 'session' }),
  goal: triggerGoalSchema.nullable().default(null),
});
export type TriggerRuleInput = z.input<typeof triggerRuleInputSchema>;
export type TriggerRuleFields = z.output<typeof triggerRuleInputSchema>;
