import type { TokenService } from '../../auth/tokens.js';
import type { AgentRecord } from '../../store/port.js';

/** Signs a person's console token with their current token version. */
export class SessionIssuer {
  constructor(private readonly tokens: TokenService) {}

  issue(record: AgentRecord): string {
    return this.tokens.signAgent({
      agentId: record.id,
      workspaceId: record.workspaceId,
      role: record.role,
      tokenVersion: record.tokenVersion ?? 0,
    });
  }
}
