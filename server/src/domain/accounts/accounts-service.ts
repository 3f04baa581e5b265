import { nanoid } from 'nanoid';
import { ErrorCode, type Agent, type Site, type Visitor } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import { verifyPassword } from '../../auth/passwords.js';
import type { TokenService } from '../../auth/tokens.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { DomainEvents } from '../events.js';
import type { Mailer } from '../mail/mailer.js';
import type { RoutingService } from '../routing/routing-service.js';
import { AccountLinks } from './account-links.js';
import { publicAgent } from './account-views.js';
import { ApiKeys, apiKeyPrefix } from './api-keys.js';
import { FirstRun } from './first-run.js';
import { Invitations } from './invitations.js';
import { MyAccount, accessRemoved } from './my-account.js';
import { SessionIssuer } from './session-issuer.js';
import { SiteAdmin } from './site-admin.js';
import { TeamMembers } from './team-members.js';

export { publicAgent } from './account-views.js';

// A fixed hash to verify against when the email is unknown, so that a wrong email and a
// wrong password take the same time and an attacker cannot list which emails exist.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface AccountsDeps {
  store: Store;
  tokens: TokenService;
  events: DomainEvents;
  /** Where deactivated people's chats go back to, and who hears about changed agents. */
  routing: RoutingService;
  mailer: Mailer;
  log: Logger;
  /** `ALLOW_SIGNUP`: anyone may create a workspace. */
  allowSignup: boolean;
  /** Where links point (PUBLIC_URL, else the server's own URL). */
  publicUrl: () => string;
  now?: () => number;
}

/**
 * Who is who: workspaces, sites, people, visitors, and the logins, tokens, invitations and API
 * keys that prove it. One object; its parts (`firstRun`, `sites`, `team`, `invitations`, `me`,
 * `apiKeys`) are small services sharing its dependencies.
 */
export class AccountsService {
  readonly firstRun: FirstRun;
  readonly sites: SiteAdmin;
  readonly team: TeamMembers;
  readonly invitations: Invitations;
  readonly me: MyAccount;
  readonly apiKeys: ApiKeys;
  private readonly store: Store;
  private readonly tokens: TokenService;
  private readonly sessions: SessionIssuer;
  private readonly now: () => number;

  constructor(deps: AccountsDeps) {
    const now = deps.now ?? Date.now;
    this.store = deps.store;
    this.tokens = deps.tokens;
    this.now = now;
    this.sessions = new SessionIssuer(deps.tokens);
    const links = new AccountLinks(deps.publicUrl);
    const shared = { ...deps, links, sessions: this.sessions, now };
    this.firstRun = new FirstRun(deps.store, this.sessions, deps.allowSignup, now);
    this.sites = new SiteAdmin(deps.store, deps.log, now);
    this.team = new TeamMembers(deps);
    this.invitations = new Invitations(shared);
    this.me = new MyAccount(shared);
    this.apiKeys = new ApiKeys(deps.store, now);
  }

  /**
   * Checks an agent's email and password and returns a signed agent token. An unknown email
   * and a wrong password get the same answer; a deactivated person with the right password
   * is told their access was removed.
   */
  async login(email: string, password: string): Promise<{ token: string; agent: Agent }> {
    const record = await this.store.getAgentByEmail(email);
    const ok = await verifyPassword(password, record?.passwordHash ?? DUMMY_HASH);
    if (!record || !ok) throw new AppError(ErrorCode.unauthorized, 'wrong email or password');
    if (record.active === false) throw accessRemoved();
    return { token: this.sessions.issue(record), agent: publicAgent(record) };
  }

  /**
   * The agent behind a console token, checked against the store at every request and socket
   * handshake: a deleted or deactivated person's token, or one older than their token version
   * (password changed, signed out everywhere), stops working.
   */
  async authenticateAgent(token: string): Promise<Agent> {
    const claims = this.tokens.verifyAgent(token);
    const record = await this.store.getAgent(claims.agentId);
    if (!record || record.workspaceId !== claims.workspaceId || (record.tokenVersion ?? 0) !== claims.tokenVersion) {
      throw new AppError(ErrorCode.unauthorized, 'invalid or expired token');
    }
    if (record.active === false) throw accessRemoved();
    return publicAgent(record);
  }

  /** A REST bearer token: an agent's JWT, or an API key (acting as an admin of its workspace). */
  authenticateBearer(token: string): Promise<Agent> {
    return token.startsWith(apiKeyPrefix) ? this.apiKeys.authenticate(token) : this.authenticateAgent(token);
  }

  async siteByKey(key: string): Promise<Site> {
    const site = await this.store.getSiteByKey(key);
    if (!site) throw notFound('site');
    return site;
  }

  /**
   * The visitor a token speaks for on `site`, or a new visitor with a fresh token when there
   * is none. A token that is forged, expired or for another site is refused, never replaced:
   * silently minting a new identity would hide tampering.
   */
  async resolveVisitor(site: Site, token: string | undefined): Promise<{ visitor: Visitor; token: string }> {
    if (token) {
      const claims = this.tokens.verifyVisitor(token);
      if (claims.siteId !== site.id) throw new AppError(ErrorCode.forbidden, 'visitor token belongs to another site');
      const visitor = await this.store.getVisitor(claims.visitorId);
      if (!visitor) throw new AppError(ErrorCode.unauthorized, 'unknown visitor');
      return { visitor, token };
    }
    const at = this.now();
    const visitor = await this.store.createVisitor({
      id: nanoid(),
      siteId: site.id,
      name: null,
      email: null,
      createdAt: at,
      lastSeenAt: at,
    });
    return { visitor, token: this.tokens.signVisitor({ visitorId: visitor.id, siteId: site.id }) };
  }
}
