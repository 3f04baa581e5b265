import { useState } from 'preact/hooks';
import type { ChatClient } from '../chat/chat-client.js';
import { useT } from './i18n-context.js';

// Its styles travel with it (an on-demand chunk): a <style> in the shadow root applies there alone.
const css =
  '.by-email{display:grid;gap:6px;margin:0;padding:12px 16px;border-block-start:1px solid var(--line);font-size:13px}' +
  '.by-email div{display:flex;gap:8px}.by-email .error{color:var(--danger)}' +
  '.by-email input{flex:1;min-width:0;padding:8px 10px;border:1px solid var(--edge);border-radius:6px;font:inherit;font-size:16px;color:inherit;background:var(--bg)}';

/** "Email me the transcript" under a closed chat: one field, its own error, and the answer. */
export function TranscriptByEmail({ client, conversationId }: { client: ChatClient; conversationId: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed' | 'invalid'>('idle');
  const [email, setEmail] = useState('');
  if (state === 'sent') {
    return (
      <p class="by-email" role="status">
        <style>{css}</style>
        {t('widget.transcript.sent', { email })}
      </p>
    );
  }
  const error = state === 'invalid' ? t('widget.transcript.badEmail') : state === 'failed' ? t('widget.transcript.failed') : null;
  return (
    <form
      class="by-email"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const address = email.trim();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return setState('invalid');
        setState('sending');
        const ack = await client.command('transcript:request', { conversationId, email: address });
        setState(ack.ok ? 'sent' : 'failed');
      }}
    >
      <style>{css}</style>
      <label for="parley-transcript">{t('widget.transcript.offer')}</label>
      <div>
        <input
          id="parley-transcript"
          type="email"
          autoComplete="email"
          placeholder={t('widget.transcript.email')}
          value={email}
          aria-invalid={state === 'invalid' ? 'true' : undefined}
          aria-describedby={error ? 'parley-transcript-error' : undefined}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <button type="submit" class="send" disabled={state === 'sending'}>
          {t('widget.transcript.send')}
        </button>
      </div>
      {error && (
        <span class="error" id="parley-transcript-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
