import { FEEDBACK_PROMPT_PREFIX, type Message } from '@parley/shared';

/**
 * Who answers now, read from the transcript: a bot when the latest line from the team is a
 * bot's or a handoff to a bot; and whether the bot's last line asks "did this answer it?".
 */
export function botTurn(messages: readonly Message[]): { withBot: boolean; asksFeedback: boolean } {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.author.type === 'visitor') continue;
    if (m.author.type === 'bot') return { withBot: true, asksFeedback: i === messages.length - 1 && m.clientId.startsWith(FEEDBACK_PROMPT_PREFIX) };
    if (m.author.type === 'agent') return { withBot: false, asksFeedback: false };
    if (m.text === 'system.handoff.toBot') return { withBot: true, asksFeedback: false };
    if (m.text === 'system.handoff.toHuman') return { withBot: false, asksFeedback: false };
  }
  return { withBot: false, asksFeedback: false };
}
