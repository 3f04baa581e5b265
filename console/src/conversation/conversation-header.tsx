import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Conversation } from '@parley/shared';
import { StatusBadge } from './status-badge.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ConversationTagBar } from '../tags/conversation-tag-bar.js';

export interface ConversationHeaderProps {
  title: string;
  conversation: Conversation | null;
  onClaim(): Promise<void>;
  onClose(): Promise<void>;
  onBack(): void;
  /** More actions for an active conversation (transfer, escalate). */
  extraActions?: ComponentChildren;
  /** Shown whatever the status, after the actions (the inbox's contact-panel toggle). */
  headerExtra?: ComponentChildren;
}

/** Who the conversation is with, its status, and what the agent can do with it now. */
export function ConversationHeader({ title, conversation, onClaim, onClose, onBack, extraActions, headerExtra }: ConversationHeaderProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  return (
    <header class="conversation-header">
      <button type="button" class="back-button" onClick={onBack} aria-label={t('console.conversation.back')}>
        <span aria-hidden="true">←</span>
      </button>
      <div class="conversation-title">
        <h2>{title}</h2>
        {conversation && <StatusBadge status={conversation.status} />}
      </div>
      {conversation && <ConversationTagBar conversation={conversation} />}
      <div class="conversation-actions">
        {conversation?.status === 'waiting' && (
          <button type="button" class="button primary" disabled={busy} onClick={run(onClaim)}>
            {t('console.conversation.claim')}
          </button>
        )}
        {conversation && conversation.status !== 'closed' && extraActions}
        {conversation && conversation.status !== 'closed' && (
          <button type="button" class="button" disabled={busy} onClick={run(onClose)}>
            {t('console.conversation.close')}
          </button>
        )}
        {headerExtra}
      </div>
    </header>
  );
}
