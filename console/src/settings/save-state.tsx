import { useState } from 'preact/hooks';
import type { ErrorBody, FieldIssue } from '@parley/shared';
import type { RestResult } from '../api/rest-client.js';
import { useSettingsT } from './use-settings-t.js';

export type SaveOutcome = { kind: 'idle' | 'saving' | 'saved' | 'unchanged' } | { kind: 'refused'; error: ErrorBody };

/** A form's save: what happened last, and the field issues of a refusal (for `FieldIssues`). */
export function useSaveState() {
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'idle' });
  const issues: FieldIssue[] = outcome.kind === 'refused' ? (outcome.error.issues ?? []) : [];
  /** Runs `request` unless there is nothing to send; resolves with the result when it was sent and accepted. */
  const run = async <T,>(changed: boolean, request: () => Promise<RestResult<T>>): Promise<T | null> => {
    if (!changed) {
      setOutcome({ kind: 'unchanged' });
      return null;
    }
    setOutcome({ kind: 'saving' });
    const result = await request();
    setOutcome(result.ok ? { kind: 'saved' } : { kind: 'refused', error: result.error });
    return result.ok ? result.data : null;
  };
  return { outcome, issues, run, reset: () => setOutcome({ kind: 'idle' }) };
}

/** "Saved." or why nothing was saved, announced to screen readers. */
export function SaveStatus({ outcome }: { outcome: SaveOutcome }) {
  const t = useSettingsT();
  if (outcome.kind === 'saved') return <p role="status" class="save-status ok">{t('settings.saved')}</p>;
  if (outcome.kind === 'unchanged') return <p role="status" class="save-status">{t('settings.unchanged')}</p>;
  if (outcome.kind !== 'refused') return null;
  const text = outcome.error.issues?.length ? t('settings.fixFields') : t('settings.refused', { reason: outcome.error.message });
  return <p role="alert" class="save-status error">{text}</p>;
}
