import { useEffect, useState } from 'preact/hooks';
import type { Site } from '@parley/shared';
import { restCall } from '../api/rest-client.js';
import { Button } from '../ui/button.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { CopyButton } from '../ui/copy-button.js';
import { Modal } from '../ui/modal.js';
import { Notice } from '../ui/page.js';
import { Switch } from '../ui/switch.js';
import { useSettingsT } from './use-settings-t.js';

export interface IdentitySettingsProps {
  token: string;
  siteId: string;
  fetchImpl?: typeof fetch;
}

/**
 * A site's verified identity (issue 14), beside its settings form: the identity secret, made or
 * rotated here and shown once (the server keeps no way to show it again), and the strict mode
 * switch (`requireVerifiedIdentity`), saved as it is flipped.
 */
export function IdentitySettings({ token, siteId, fetchImpl }: IdentitySettingsProps) {
  const t = useSettingsT();
  const [strict, setStrict] = useState<boolean | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void restCall<{ site: Site }>(token, 'GET', `/sites/${siteId}/settings`, undefined, fetchImpl).then((result) => {
      if (!live) return;
      if (result.ok) setStrict(result.data.site.settings?.requireVerifiedIdentity ?? false);
      else setFailure(result.error.message);
    });
    return () => void (live = false);
  }, [token, siteId, fetchImpl]);

  const flip = async (next: boolean) => {
    setStrict(next);
    setFailure(null);
    const result = await restCall<{ site: Site }>(token, 'PATCH', `/sites/${siteId}/settings`, { requireVerifiedIdentity: next }, fetchImpl);
    // Refused: the switch shows what is stored, not what was asked.
    if (!result.ok) {
      setStrict(!next);
      setFailure(result.error.message);
    }
  };
  const rotate = async () => {
    setConfirming(false);
    setBusy(true);
    setFailure(null);
    const result = await restCall<{ secret: string }>(token, 'POST', `/sites/${siteId}/identity-secret`, undefined, fetchImpl);
    setBusy(false);
    if (result.ok) setSecret(result.data.secret);
    else setFailure(result.error.message);
  };

  return (
    <div class="settings-form identity-settings">
      <fieldset>
        <legend>{t('settings.identity.title')}</legend>
        <p class="hint">{t('settings.identity.hint')}</p>
        <div>
          <Button busy={busy} onClick={() => setConfirming(true)}>
            {t('settings.identity.generate')}
          </Button>
        </div>
        {strict !== null && <Switch checked={strict} onChange={(next) => void flip(next)} label={t('settings.identity.strict')} />}
        <p class="hint">{t('settings.identity.strictHint')}</p>
        {failure && (
          <Notice tone="danger" role="alert">
            <p>{t('settings.identity.failed', { reason: failure })}</p>
          </Notice>
        )}
      </fieldset>
      <ConfirmModal
        open={confirming}
        title={t('settings.identity.rotateTitle')}
        confirmLabel={t('settings.identity.rotate')}
        cancelLabel={t('settings.identity.cancel')}
        onConfirm={() => void rotate()}
        onClose={() => setConfirming(false)}
      >
        <p>{t('settings.identity.rotateBody')}</p>
      </ConfirmModal>
      <Modal
        open={secret !== null}
        role="alertdialog"
        title={t('settings.identity.newTitle')}
        onClose={() => setSecret(null)}
        actions={
          <Button variant="primary" onClick={() => setSecret(null)}>
            {t('settings.identity.done')}
          </Button>
        }
      >
        <Notice tone="warning">
          <p>{t('settings.identity.once')}</p>
        </Notice>
        <code class="link-box" data-testid="identity-secret">
          {secret}
        </code>
        <CopyButton text={secret ?? ''} variant="primary" />
      </Modal>
    </div>
  );
}
