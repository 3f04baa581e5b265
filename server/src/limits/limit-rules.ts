import { siteRateLimitNames } from '@parley/shared';
/**
 * The abuse limits, each "so many per so many seconds" for one key (an account, an address, a
 * visitor, a token). Defaults are set so that an honest person never meets them: a typist
 * sends a message every few seconds, an office behind one address opens a few dozen chats an
 * hour. Each can be changed with `RATE_LIMIT_<NAME>=points/seconds` (e.g.
 * `RATE_LIMIT_VISITOR_MESSAGE=20/10`); `RATE_LIMITS=off` turns them all off (load tests).
 */
export const limitRules = {
  /** Wrong passwords for one account (any address); past it the block doubles at each strike. */
  loginAccount: { points: 10, seconds: 900, growing: true },
  /** Wrong passwords from one address (any account). */
  loginAddress: { points: 50, seconds: 900, growing: true },
  /** Password-reset mails asked for one account. */
  passwordResetAccount: { points: 5, seconds: 3600 },
  /** Password-reset requests and link uses from one address. */
  passwordResetAddress: { points: 30, seconds: 3600 },
  /** New workspaces (sign-up, first-run set-up) and accepted invitations from one address. */
  signupAddress: { points: 10, seconds: 3600 },
  /** Invitations sent (and resent) by one admin. */
  invitationAgent: { points: 50, seconds: 3600 },
  /** Messages of one visitor (all their sockets and tabs). */
  visitorMessage: { points: 20, seconds: 10 },
  /** Messages into one conversation from its visitor side. */
  conversationMessage: { points: 60, seconds: 60 },
  /** Messages of one bot (own, higher limit: a bot answers many chats at once). */
  botMessage: { points: 600, seconds: 60 },
  /** New visitors (a socket handshake without a token) from one address. */
  newVisitorAddress: { points: 60, seconds: 60 },
  /** New visitors of one site, from anywhere. */
  newVisitorSite: { points: 3000, seconds: 60 },
  /** First messages (those that may open a conversation) from one address. */
  newConversationAddress: { points: 30, seconds: 600 },
  /** New conversations of one site, from anywhere. */
  newConversationSite: { points: 1000, seconds: 60 },
  /** Page-view beacons without a visitor token (each may create a visitor) from one address. */
  beaconNewVisitorAddress: { points: 30, seconds: 60 },
  /** Every tracker beacon (page views and pings) from one address. */
  beaconAddress: { points: 600, seconds: 60 },
  /** Files uploaded by one visitor or agent. */
  upload: { points: 20, seconds: 600 },
  /** REST requests made with one bearer token or API key. */
  restToken: { points: 1200, seconds: 60 },
} as const satisfies Record<string, LimitRule>;

export interface LimitRule {
  points: number;
  seconds: number;
  /** Past the limit, block for the window, then twice as long at the next strike (within a day). */
  growing?: boolean;
}

export type LimitName = keyof typeof limitRules;
export type LimitSettings = { enabled: boolean; rules: Record<LimitName, LimitRule> };

/** `loginAccount` → `RATE_LIMIT_LOGIN_ACCOUNT`. */
export function limitEnvName(name: LimitName): string {
  return `RATE_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/**
 * The limits from the environment: the defaults above, each overridden by its variable.
 * Returns the problems (unreadable values) instead of throwing, for config.ts's one list.
 */
export function limitSettingsOf(env: Record<string, string | undefined>): { settings: LimitSettings; problems: string[] } {
  const problems: string[] = [];
  const rules = {} as Record<LimitName, LimitRule>;
  for (const [name, rule] of Object.entries(limitRules) as [LimitName, LimitRule][]) {
    const variable = limitEnvName(name);
    const raw = env[variable];
    const match = raw === undefined ? null : /^(\d{1,9})\/(\d{1,9})$/.exec(raw.trim());
    if (raw !== undefined && (!match || Number(match[1]) < 1 || Number(match[2]) < 1)) {
      problems.push(`${variable}: must be points/seconds, both at least 1 (e.g. ${rule.points}/${rule.seconds})`);
    }
    rules[name] = match ? { ...rule, points: Number(match[1]), seconds: Number(match[2]) } : { ...rule };
  }
  const switchValue = env.RATE_LIMITS ?? 'on';
  if (!['on', 'off', 'true', 'false', '1', '0'].includes(switchValue)) problems.push('RATE_LIMITS: must be on or off');
  return { settings: { enabled: !['off', 'false', '0'].includes(switchValue), rules }, problems };
}

// Every limit a site may set for itself is one of the server's (a rename on either side fails here).
const siteLimitsAreServerLimits: readonly LimitName[] = siteRateLimitNames;
void siteLimitsAreServerLimits;
