import { useState } from 'preact/hooks';
import type { ErrorBody, Site } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { refusalText } from '../accounts/refusal-text.js';
import { useAccountsT } from '../accounts/use-accounts-t.js';
import { useLoad } from '../accounts/use-load.js';
import { Button } from '../ui/button.js';
import { Drawer } from '../ui/drawer.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { LoadError, Loading, Notice, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useToast } from '../ui/toast.js';
import { InstallStatus } from './install-panel.js';
import { createBody, draftOf, patchBody, type SiteDraft } from './site-draft.js';
import { SiteEditor } from './site-editor.js';

interface Editing {
  site: Site | null;
  before: SiteDraft;
  draft: SiteDraft;
}

/** Sites (admins): the list with each one's install check, a drawer editor with a live preview, create and delete. */
export function SitesPage() {
  const t = useAccountsT();
  const rest = useRestClient();
  const toast = useToast();
  const [loaded, reload] = useLoad(() => rest<{ sites: Site[] }>('GET', '/sites'), [rest]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<Site | null>(null);
  const [deleteError, setDeleteError] = useState<ErrorBody | null>(null);

  const open = (site: Site | null) => {
    setRefusal(null);
    setEditing({ site, before: draftOf(site), draft: draftOf(site) });
  };
  const close = () => {
    if (editing && patchBody(editing.before, editing.draft) && !confirm(t('sites.unsaved'))) return;
    setEditing(null);
  };
  const save = async () => {
    if (!editing || saving) return;
    const patch = editing.site ? patchBody(editing.before, editing.draft) : createBody(editing.draft);
    if (!patch) return setEditing(null);
    setSaving(true);
    setRefusal(null);
    const result = editing.site
      ? await rest<{ site: Site }>('PATCH', `/sites/${editing.site.id}`, patch)
      : await rest<{ site: Site }>('POST', '/sites', patch);
    setSaving(false);
    if (!result.ok) return setRefusal(result.error);
    reload();
    if (editing.site) {
      toast(t('accounts.saved'));
      setEditing(null);
    } else {
      // Stay in the editor: a new site's next step is its snippet.
      toast(t('sites.created', { name: result.data.site.name }));
      setEditing({ site: result.data.site, before: draftOf(result.data.site), draft: draftOf(result.data.site) });
    }
  };
  const remove = async () => {
    if (!deleting) return;
    const result = await rest('DELETE', `/sites/${deleting.id}`);
    if (!result.ok) return setDeleteError(result.error);
    toast(t('sites.deleted', { name: deleting.name }));
    setDeleting(null);
    reload();
  };
  const checkAgain = async () => {
    const result = await rest<{ sites: Site[] }>('GET', '/sites');
    const fresh = result.ok ? result.data.sites.find((s) => s.id === editing?.site?.id) : undefined;
    if (fresh) setEditing((e) => (e ? { ...e, site: fresh } : e));
    reload();
  };

  const sites = loaded.state === 'ready' ? loaded.data.sites : [];
  return (
    <Page
      title={t('sites.title')}
      intro={t('sites.intro')}
      action={
        <Button variant="primary" onClick={() => open(null)}>
          {t('sites.add')}
        </Button>
      }
    >
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <LoadError error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && (
        <Table
          caption={t('sites.caption')}
          columns={[{ label: t('sites.col.name') }, { label: t('sites.col.origins') }, { label: t('sites.col.install') }, { label: t('sites.col.actions'), actions: true }]}
          empty={
            <EmptyState
              title={t('sites.empty.title')}
              action={
                <Button variant="primary" onClick={() => open(null)}>
                  {t('sites.add')}
                </Button>
              }
            >
              {t('sites.empty.text')}
            </EmptyState>
          }
        >
          {sites.map((site) => (
            <tr key={site.id}>
              <Cell label={t('sites.col.name')}>
                <span class="site-name">
                  <span class="site-swatch" aria-hidden="true" style={{ background: site.appearance?.brandColor ?? '#2563eb' }} />
                  <strong>{site.name}</strong>
                </span>
              </Cell>
              <Cell label={t('sites.col.origins')}>
                <span class="origin-list">{site.allowedOrigins.join(', ') || '—'}</span>
              </Cell>
              <Cell label={t('sites.col.install')}>
                <InstallStatus site={site} />
              </Cell>
              <Cell label={t('sites.col.actions')} actions>
                <Button size="small" onClick={() => open(site)} aria-label={t('sites.editLabel', { name: site.name })}>
                  {t('sites.edit')}
                </Button>
                <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => (setDeleteError(null), setDeleting(site))} aria-label={t('sites.deleteLabel', { name: site.name })}>
                  {t('sites.delete')}
                </Button>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <Drawer
        open={editing !== null}
        wide
        title={editing?.site ? t('sites.editTitle', { name: editing.site.name }) : t('sites.new')}
        onClose={close}
        footer={
          <>
            <Button onClick={close}>{t('accounts.cancel')}</Button>
            <Button variant="primary" busy={saving} onClick={() => void save()}>
              {editing?.site ? t('accounts.save') : t('sites.create')}
            </Button>
          </>
        }
      >
        {editing && (
          <>
            {refusal && (
              <Notice tone="danger" role="alert">
                <p>{refusalText(refusal, t)}</p>
              </Notice>
            )}
            <SiteEditor
              draft={editing.draft}
              onDraft={(draft) => setEditing((e) => (e ? { ...e, draft } : e))}
              issues={refusal?.issues ?? []}
              site={editing.site}
              onCheck={() => void checkAgain()}
              onBadImage={() => toast(t('account.avatarBad'), 'danger')}
            />
          </>
        )}
      </Drawer>
      <ConfirmModal
        open={deleting !== null}
        title={t('sites.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('sites.deleteConfirm')}
        cancelLabel={t('accounts.cancel')}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      >
        <p>{t('sites.deleteBody')}</p>
        {deleteError && <p class="ui-field-error" role="alert">{refusalText(deleteError, t)}</p>}
      </ConfirmModal>
    </Page>
  );
}
