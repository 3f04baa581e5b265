import { useState } from 'preact/hooks';
import type { Bot, Conversation } from '@parley/shared';
import { useBotT } from './use-bot-t.js';

export interface HandToBotProps {
  conversation: Conversation;
  bots: readonly Bot[];
  onHand(botId: string): Promise<void>;
}

/** Who holds the conversation when a bot does, and the agent's "hand to bot" action. */
export function HandToBot({ conversation, bots, onHand }: HandToBotProps) {
  const tb = useBotT();
  const [botId, setBotId] = useState('');
  const holder = conversation.botId ? bots.find((b) => b.id === conversation.botId) : undefined;
  const choices = bots.filter((b) => b.id !== conversation.botId);
  if (conversation.status === 'closed') return null;
  return (
    <div class="hand-to-bot">
      {holder && <span class="bot-holder">{tb('console.conversation.withBot', { name: holder.name })}</span>}
      {choices.length > 0 && (
        <>
          <select aria-label={tb('console.conversation.toBot')} value={botId} onChange={(e) => setBotId((e.target as HTMLSelectElement).value)}>
            <option value="">—</option>
            {choices.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
          <button type="button" class="button" disabled={!botId} onClick={() => void onHand(botId).then(() => setBotId(''))}>
            {tb('console.conversation.toBot')}
          </button>
        </>
      )}
    </div>
  );
}
