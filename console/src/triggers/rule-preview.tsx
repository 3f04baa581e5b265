import { useState } from 'preact/hooks';
import { evaluateRule, type TriggerRule } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { Field } from '../ui/field.js';
import { TextInput } from '../ui/text-input.js';
import { useAdminT } from '../ui/use-admin-t.js';
import type { RuleDraft } from './rule-draft.js';

/**
 * How the message will look on the page (the widget's preview bubble), and whether the rule
 * would fire for a sample visit: a page address and seconds on it, the other facts typical
 * (new desktop visitor, agents available, not chatting).
 */
export function RulePreview({ draft }: { draft: RuleDraft }) {
  const { t } = useI18n();
  const at = useAdminT();
  const [url, setUrl] = useState('https://example.com/pricing');
  const [seconds, setSeconds] = useState(60);
  const rule: TriggerRule = { ...draft, id: 'preview', siteId: 'preview', createdAt: 0, updatedAt: 0 };
  const fires = evaluateRule(
    rule,
    { url, referrer: null, pagesViewed: 1, returning: false, device: 'desktop', language: navigator.language, withinBusinessHours: true, agentsAvailable: true, chatting: false },
    { secondsOnPage: seconds, scrollPercent: 100, exitIntent: true },
  );
  return (
    <aside class="rule-preview" aria-label={t('console.triggers.preview')}>
      <h3 class="rule-preview-title">{t('console.triggers.preview')}</h3>
      <div class="preview-bubble">
        <b>{draft.action.message.senderName || '—'}</b>
        <span>{draft.action.message.text || '…'}</span>
      </div>
      <p class="rule-preview-help">{at('admin.triggers.previewHelp')}</p>
      <Field label={t('console.condition.url')}>{(c) => <TextInput {...c} value={url} onValue={setUrl} />}</Field>
      <Field label={t('console.condition.timeOnPage')}>
        {(c) => <TextInput {...c} type="number" min={0} class="ui-input-narrow" value={String(seconds)} onValue={(v) => setSeconds(Number(v) || 0)} />}
      </Field>
      <p class={fires ? 'preview-verdict yes' : 'preview-verdict no'} role="status">
        {t(fires ? 'console.triggers.wouldShow' : 'console.triggers.wouldNotShow')}
      </p>
    </aside>
  );
}
