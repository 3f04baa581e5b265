import { useId, useState } from 'preact/hooks';
import type { Announcement } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { restCall } from '../api/rest-client.js';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { Field } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { TextArea, TextInput } from '../ui/text-input.js';
import { useToast } from '../ui/toast.js';
import { useAdminT } from '../ui/use-admin-t.js';

/** An announcement to the visitors on the site now (optionally only on pages whose address contains some text), in a drawer. */
export function AnnouncementForm({ token, siteId, onClose }: { token: string; siteId: string; onClose(): void }) {
  const { t } = useI18n();
  const at = useAdminT();
  const toast = useToast();
  const formId = useId();
  const [text, setText] = useState('');
  const [pages, setPages] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const submit = async () => {
    if (!text.trim()) return setError(at('admin.required'));
    setSending(true);
    const body = { text, urlMatch: pages.trim() ? { op: 'contains', value: pages.trim() } : null };
    const res = await restCall<{ announcement: Announcement }>(token, 'POST', `/sites/${siteId}/announcements`, body);
    setSending(false);
    if (!res.ok) return setError(t('console.error.generic', { reason: res.error.message }));
    toast(t('console.announce.sent', { count: res.data.announcement.recipients }));
    onClose();
  };
  return (
    <Drawer
      open
      title={t('console.announce.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('console.triggers.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} busy={sending}>
            {t('console.announce.send')}
          </Button>
        </>
      }
    >
      <Form id={formId} onSubmit={() => void submit()}>
        <Field label={t('console.announce.text')} error={error}>
          {(c) => <TextArea {...c} rows={3} value={text} onValue={setText} />}
        </Field>
        <Field label={t('console.announce.pages')} help={at('admin.visitors.pagesHelp')}>
          {(c) => <TextInput {...c} value={pages} onValue={setPages} placeholder="/checkout" />}
        </Field>
      </Form>
    </Drawer>
  );
}
