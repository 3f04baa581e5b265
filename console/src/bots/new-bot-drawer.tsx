import { useId, useState } from 'preact/hooks';
import { botModes, type BotMode, type ErrorBody } from '@parley/shared';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/page.js';
import { SegmentedControl } from '../ui/segmented-control.js';
import { TextInput } from '../ui/text-input.js';
import { useAdminT } from '../ui/use-admin-t.js';
import { issueText } from '../accounts/issue-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useBotT } from './use-bot-t.js';

export interface NewBotInput {
  name: string;
  mode: BotMode;
  avatarUrl: string | null;
  webhookUrl: string | null;
  answerTimeoutMs: number;
}

export interface NewBotDrawerProps {
  refusal: ErrorBody | null;
  saving: boolean;
  onCreate(input: NewBotInput): void;
  onCancel(): void;
}

/** A new bot in a drawer: its name, its kind (socket, webhook, knowledge base), where its webhook is, its face and how long it may take to answer. */
export function NewBotDrawer({ refusal, saving, onCreate, onCancel }: NewBotDrawerProps) {
  const tb = useBotT();
  const at = useAdminT();
  const formId = useId();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<BotMode>('socket');
  const [avatarUrl, setAvatarUrl] = useState('');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [seconds, setSeconds] = useState('30');
  const [tried, setTried] = useState(false);
  const ta = useAccountsT();
  const issue = (path: string) => issueText(refusal?.issues ?? [], path, ta);
  const required = (value: string, path: string) => (tried && !value.trim() ? at('admin.required') : issue(path));
  const submit = () => {
    setTried(true);
    if (!name.trim() || (mode === 'webhook' && !webhookUrl.trim())) return;
    onCreate({ name: name.trim(), mode, avatarUrl: avatarUrl.trim() || null, webhookUrl: mode === 'webhook' ? webhookUrl.trim() : null, answerTimeoutMs: Math.round(Number(seconds) * 1000) });
  };
  return (
    <Drawer
      open
      title={at('admin.bots.new')}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{at('admin.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={saving}>
            {tb('console.bots.create')}
          </Button>
        </>
      }
    >
      <Form id={formId} onSubmit={submit}>
        {refusal && !refusal.issues?.length && (
          <Notice tone="danger" role="alert">
            <p>{refusal.message}</p>
          </Notice>
        )}
        <Field label={tb('console.bots.name')} error={required(name, 'name')}>
          {(c) => <TextInput {...c} value={name} onValue={setName} />}
        </Field>
        <div class="ui-field">
          <SegmentedControl label={tb('console.bots.mode')} value={mode} options={botModes.map((m) => ({ value: m, label: tb(`console.bots.mode.${m}`) }))} onValue={(m) => setMode(m as BotMode)} />
          <p class="ui-field-help">{at(`admin.bots.modeHelp.${mode}`)}</p>
        </div>
        {mode === 'webhook' && (
          <Field label={tb('console.bots.webhookUrl')} error={required(webhookUrl, 'webhookUrl')}>
            {(c) => <TextInput {...c} type="url" value={webhookUrl} onValue={setWebhookUrl} placeholder="https://" />}
          </Field>
        )}
        <Field label={tb('console.bots.avatar')} optional={at('admin.optional')} error={issue('avatarUrl')}>
          {(c) => <TextInput {...c} type="url" value={avatarUrl} onValue={setAvatarUrl} placeholder="https://" />}
        </Field>
        <Field label={tb('console.bots.timeout')} error={issue('answerTimeoutMs')}>
          {(c) => <TextInput {...c} type="number" min={1} class="ui-input-narrow" value={seconds} onValue={setSeconds} />}
        </Field>
      </Form>
    </Drawer>
  );
}
