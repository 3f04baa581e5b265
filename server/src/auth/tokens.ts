import jwt from 'jsonwebtoken';
import { ErrorCode, type AgentRole } from '@parley/shared';
import { AppError } from '../app-error.js';

// Audiences keep one kind of token from being replayed as another: a visitor token is never
// accepted where an agent token is expected.
const AGENT_AUDIENCE = 'parley:agent';
const VISITOR_AUDIENCE = 'parley:visitor';
const ALGORITHM = 'HS256';
const VISITOR_TTL_SECONDS = 365 * 24 * 3600;

export interface AgentClaims {
  agentId: string;
  workspaceId: string;
  role: AgentRole;
  /** The person's token version when signed (`tv`); a token of an older version is refused. */
  tokenVersion: number;
}

export interface VisitorClaims {
  visitorId: string;
  siteId: string;
}

/** Signs and verifies Parley's JWTs with one secret and an explicit algorithm. */
export class TokenService {
  constructor(
    private readonly secret: string,
    private readonly agentTtlSeconds: number,
  ) {}

  signAgent(claims: AgentClaims): string {
    return jwt.sign({ ws: claims.workspaceId, role: claims.role, tv: claims.tokenVersion }, this.secret, {
      algorithm: ALGORITHM,
      audience: AGENT_AUDIENCE,
      subject: claims.agentId,
      expiresIn: this.agentTtlSeconds,
    });
  }

  verifyAgent(token: string): AgentClaims {
    const payload = this.verify(token, AGENT_AUDIENCE);
    if (typeof payload.ws !== 'string' || typeof payload.role !== 'string') throw invalidToken();
    // Tokens signed before versions existed carry no `tv`: they are version 0.
    const tokenVersion = typeof payload.tv === 'number' ? payload.tv : 0;
    return { agentId: payload.sub!, workspaceId: payload.ws, role: payload.role as AgentRole, tokenVersion };
  }

  signVisitor(claims: VisitorClaims): string {
    return jwt.sign({ site: claims.siteId }, this.secret, {
      algorithm: ALGORITHM,
      audience: VISITOR_AUDIENCE,
      subject: claims.visitorId,
      expiresIn: VISITOR_TTL_SECONDS,
    });
  }

  verifyVisitor(token: string): VisitorClaims {
    const payload = this.verify(token, VISITOR_AUDIENCE);
    if (typeof payload.site !== 'string') throw invalidToken();
    return { visitorId: payload.sub!, siteId: payload.site };
  }

  private verify(token: string, audience: string): jwt.JwtPayload {
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: [ALGORITHM], audience });
      if (typeof payload === 'string' || typeof payload.sub !== 'string') throw invalidToken();
      return payload;
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw invalidToken();
    }
  }
}

const invalidToken = () => new AppError(ErrorCode.unauthorized, 'invalid or expired token');
