import type { Message } from '@parley/shared';
import { botTurn } from '../bots/bot-turn.js';
import { useT } from './i18n-context.js';

export interface BotActionsProps {
  messages: readonly Message[];
  closed: boolean;
  onSend(text: string): void;
  onAskForPerson(): void;
}

/** Under a bot's turn: Yes / No for its "did this answer it?", and "Talk to a person". */
export function BotActions({ messages, closed, onSend, onAskForPerson }: BotActionsProps) {
  const t = useT();
  const { withBot, asksFeedback } = botTurn(messages);
  if (closed || !withBot) return null;
  return (
    <div class="bot-actions">
      {asksFeedback && (
        <>
          <button type="button" class="chip" onClick={() => onSend(t('widget.kb.yes'))}>
            {t('widget.kb.yes')}
          </button>
          <button type="button" class="chip" onClick={() => onSend(t('widget.kb.no'))}>
            {t('widget.kb.no')}
          </button>
        </>
      )}
      <button type="button" class="chip person" onClick={onAskForPerson}>
        {t('widget.handoff.button')}
      </button>
    </div>
  );
}
