import type { KnowledgeService } from '../knowledge/knowledge-service.js';
import type { BotFeature } from './bot-feature.js';

/**
 * The demo workspace's help centre (the sample articles in three languages) and its built-in
 * knowledge-base bot. The bot is not put first on the demo site: an admin does that in the
 * console (Bots → "New chats go first to"), so the plain demo still reaches an agent directly.
 */
export async function seedDemoBots(bots: BotFeature, knowledge: KnowledgeService, workspaceId: string): Promise<void> {
  await knowledge.seedSamples(workspaceId);
  if ((await bots.listBots(workspaceId)).length === 0) {
    await bots.createBot(workspaceId, {
      name: 'Parley Assistant',
      avatarUrl: null,
      mode: 'knowledge-base',
      webhookUrl: null,
      answerTimeoutMs: 30_000,
    });
  }
}
