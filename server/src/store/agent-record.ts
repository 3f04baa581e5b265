import type { Agent } from '@parley/shared';

/** An agent as the store keeps it: with the password hash, which never leaves the server. */
export interface AgentRecord extends Agent {
  passwordHash: string;
  /** Bumped by a password change, a sign-out everywhere or a deactivation: older tokens stop working (absent: 0). */
  tokenVersion?: number;
}
