import { nanoid } from 'nanoid';
import { ErrorCode, type Agent, type Site, type Visitor } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import { verifyPassword } from '../../auth/passwords.js';
import type { TokenService } from '../../auth/tokens.js';
import type { AgentRecord, Store } from '../../store/port.js';

// A fixed hash to verify against when the email is unknown, so that a wrong email and a
// wrong password take the same time and an attacker cannot list which emails exist.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function publicAgent(record: AgentRecord): Agent {
  const { passwordHash: _hash, ...agent } = record;
  return agent;
}

/** Who is who: sites, agents, visitors, and the logins and tokens that prove it. */
export class AccountsService {
  constructor(
    private readonly store: Store,
    private readonly tokens: TokenService,
    private readonly now: () => number = Date.now,
  ) {}

  /** Checks an agent's email and password and returns a signed agent token. */
  async login(email: string, password: string): Promise<{ token: string; agent: Agent }> {
    const record = await this.store.getAgentByEmail(email);
    const ok = await verifyPassword(password, record?.passwordHash ?? DUMMY_HASH);
    if (!record || !ok) throw new AppError(ErrorCode.unauthorized, 'wrong email or password');
    const token = this.tokens.signAgent({ agentId: record.id, workspaceId: record.workspaceId, role: record.role });
    return { token, agent: publicAgent(record) };
  }

  /** The agent behind a token, checked against the store (a deleted agent's token stops working). */
  async authenticateAgent(token: string): Promise<Agent> {
    const claims = this.tokens.verifyAgent(token);
    const record = await this.store.getAgent(claims.agentId);
    if (!record || record.workspaceId !== claims.workspaceId) {
      throw new AppError(ErrorCode.unauthorized, 'invalid or expired token');
    }
    return publicAgent(record);
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
