import { useId, useState } from 'preact/hooks';
import { nanoid } from 'nanoid';
import { agentCommand, type LiveVisitor } from '@parley/shared';
import { visitorLabel } from '../conversation/visitor-label.js';
import { useI18n } from '../i18n/i18n-context.js';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { TextArea } from '../ui/text-input.js';
import { useAdminT } from '../ui/use-admin-t.js';

export interface StartChatFormProps {
  socket: ConsoleSocket;
  siteId: string;
  visitor: LiveVisitor;
  onStarted(conversationId: string): void;
  onCancel(): void;
}

/** The first message of a chat the agent starts with a visitor on the site, in a drawer. */
export function StartChatForm({ socket, siteId, visitor, onStarted, onCancel }: StartChatFormProps) {
  const { t, locale } = useI18n();
  const at = useAdminT();
  const formId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [clientId] = useState(() => nanoid());
  const name = visitorLabel(locale, visitor.visitorId, visitor.name);
  const submit = async () => {
    if (!text.trim()) return setError(at('admin.required'));
    setSending(true);
    const ack = await agentCommand(socket, 'visitor:chat', { siteId, visitorId: visitor.visitorId, clientId, text }, COMMAND_TIMEOUT_MS);
    setSending(false);
    if (ack.ok) onStarted(ack.data.id);
    else setError(t('console.error.generic', { reason: ack.error.message }));
  };
  return (
    <Drawer
      open
      title={at('admin.visitors.startTitle', { name })}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{t('console.triggers.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={sending}>
            {t('console.visitors.send')}
          </Button>
        </>
      }
    >
      <Form id={formId} onSubmit={() => void submit()}>
        <Field label={t('console.visitors.firstMessage', { name })} help={at('admin.visitors.startHelp')} error={error}>
          {(c) => <TextArea {...c} rows={4} value={text} onValue={setText} />}
        </Field>
      </Form>
    </Drawer>
  );
}
