import '../styles/canned-replies.css';
import { useState } from 'preact/hooks';
import type { Agent, CannedReply } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useLoad } from '../accounts/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { LoadError, Loading, Notice, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useToast } from '../ui/toast.js';
import { languageName } from './canned-draft.js';
import { CannedReplyEditor } from './canned-reply-editor.js';
import { useCannedT } from './use-canned-t.js';

/**
 * Canned replies: the list (shortcut, languages, who sees it) and the drawer that writes one.
 * Admins write the team's shared replies and their own; supervisors and agents (whose page is
 * "My replies") write their own and see the shared ones without Edit or Delete (the server
 * refuses those to anyone but admins).
 */
export function CannedRepliesPage({ agent }: { agent: Agent }) {
  const t = useCannedT();
  const ta = useAccountsT();
  const { locale } = useI18n();
  const rest = useRestClient();
  const toast = useToast();
  const admin = agent.role === 'admin';
  const [loaded, reload] = useLoad(() => rest<{ cannedReplies: CannedReply[] }>('GET', '/canned-replies'), [rest]);
  const [editing, setEditing] = useState<CannedReply | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CannedReply | null>(null);
  const replies = loaded.state === 'ready' ? loaded.data.cannedReplies : [];
  const mayWrite = (r: CannedReply) => admin || r.scope === 'personal';

  const remove = async () => {
    if (!deleting) return;
    const result = await rest('DELETE', `/canned-replies/${deleting.id}`);
    setDeleting(null);
    reload();
    toast(result.ok ? t('canned.deleted', { shortcut: deleting.shortcut }) : refusalText(result.error, ta), result.ok ? 'success' : 'danger');
  };
  const newButton = (
    <Button variant="primary" onClick={() => setEditing('new')}>
      {t('canned.new')}
    </Button>
  );
  const columns = [
    { label: t('canned.col.shortcut') },
    { label: t('canned.col.languages') },
    { label: t('canned.col.scope') },
    { label: t('canned.col.actions'), actions: true },
  ];
  return (
    <Page title={agent.role === 'agent' ? t('canned.titleMine') : t('canned.title')} intro={admin ? t('canned.intro') : t('canned.introAgent')} action={newButton}>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && !admin && replies.some((r) => r.scope === 'workspace') && (
        <Notice>
          <p>{t('canned.readOnly')}</p>
        </Notice>
      )}
      {loaded.state === 'ready' && (
        <Table caption={t('canned.caption')} columns={columns} empty={<EmptyState title={t('canned.empty.title')} action={newButton}>{t('canned.empty.text')}</EmptyState>}>
          {replies.map((reply) => (
            <tr key={reply.id}>
              <Cell label={t('canned.col.shortcut')}>
                <div class="canned-shortcut-cell">
                  <code class="canned-shortcut">/{reply.shortcut}</code>
                  <span class="canned-preview" dir="auto">
                    {Object.values(reply.texts)[0]}
                  </span>
                </div>
              </Cell>
              <Cell label={t('canned.col.languages')}>
                <span class="canned-languages">
                  {Object.keys(reply.texts).map((l) => (
                    <Badge key={l}>{languageName(l, locale)}</Badge>
                  ))}
                </span>
              </Cell>
              <Cell label={t('canned.col.scope')}>
                <Badge tone={reply.scope === 'workspace' ? 'accent' : 'neutral'}>{t(reply.scope === 'workspace' ? 'canned.scope.workspace' : 'canned.scope.personal')}</Badge>
              </Cell>
              <Cell label={t('canned.col.actions')} actions>
                {mayWrite(reply) && (
                  <>
                    <Button size="small" variant="quiet" onClick={() => setEditing(reply)} aria-label={t('canned.editNamed', { shortcut: reply.shortcut })}>
                      {t('canned.edit')}
                    </Button>
                    <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => setDeleting(reply)} aria-label={t('canned.deleteNamed', { shortcut: reply.shortcut })}>
                      {t('canned.delete')}
                    </Button>
                  </>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <CannedReplyEditor
        editing={editing}
        admin={admin}
        replies={replies}
        onClose={() => setEditing(null)}
        onSaved={(reply) => {
          setEditing(null);
          reload();
          toast(t('canned.saved', { shortcut: reply.shortcut }));
        }}
      />
      <ConfirmModal
        open={deleting !== null}
        title={t('canned.deleteTitle', { shortcut: deleting?.shortcut ?? '' })}
        confirmLabel={t('canned.delete')}
        cancelLabel={t('canned.cancel')}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      >
        <p>{t('canned.deleteBody')}</p>
      </ConfirmModal>
    </Page>
  );
}
