import type { CannedReply } from '@parley/shared';

/**
 * Canned replies. A shortcut is unique among the workspace's shared replies, and among each
 * agent's personal ones (a personal `/hi` may stand beside a shared `/hi`: the owner's picker
 * lists both). Both adapters refuse a taken shortcut with `conflict`, atomically (a unique index).
 */
export interface CannedReplyStore {
  /** Fails with `conflict` when the shortcut is taken in that scope. */
  createCannedReply(reply: CannedReply): Promise<CannedReply>;
  /** Replaces shortcut, texts, scope, owner and updatedAt; `null` when missing; `conflict` as above. */
  updateCannedReply(reply: CannedReply): Promise<CannedReply | null>;
  deleteCannedReply(id: string): Promise<boolean>;
  getCannedReply(id: string): Promise<CannedReply | null>;
  /** The workspace's shared replies and `agentId`'s personal ones, by shortcut. */
  listCannedReplies(workspaceId: string, agentId: string): Promise<CannedReply[]>;
}
