import { useState } from 'preact/hooks';
import type { Announcement } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { restCall } from '../api/rest-client.js';

/** An announcement to the visitors on the site now, optionally only on pages whose address contains some text. */
export function AnnouncementForm({ token, siteId }: { token: string; siteId: string }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [pages, setPages] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    const body = { text, urlMatch: pages.trim() ? { op: 'contains', value: pages.trim() } : null };
    const res = await restCall<{ announcement: Announcement }>(token, 'POST', `/sites/${siteId}/announcements`, body);
    if (res.ok) {
      setResult(t('console.announce.sent', { count: res.data.announcement.recipients }));
      setText('');
    } else setResult(t('console.error.generic', { reason: res.error.message }));
  };
  return (
    <form class="announce" onSubmit={submit}>
      <h2>{t('console.announce.title')}</h2>
      <label>
        {t('console.announce.text')}
        <textarea value={text} rows={2} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        {t('console.announce.pages')}
        <input value={pages} onInput={(e) => setPages(e.currentTarget.value)} placeholder="/checkout" />
      </label>
      <button type="submit" class="button">
        {t('console.announce.send')}
      </button>
      {result && <p role="status">{result}</p>}
    </form>
  );
}
