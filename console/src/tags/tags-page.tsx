import { useEffect, useState } from 'preact/hooks';
import type { ErrorBody, Tag, TagInput } from '@parley/shared';
import { useRestClient } from '../api/rest-client.js';
import { useStore } from '../state/use-store.js';
import { Button } from '../ui/button.js';
import { ConfirmModal } from '../ui/confirm-modal.js';
import { LoadError, Loading, Page } from '../ui/page.js';
import { Cell, EmptyState, Table } from '../ui/table.js';
import { useToast } from '../ui/toast.js';
import { useTagCatalog } from './tag-catalog.js';
import { TagChip } from './tag-chip.js';
import { TagEditorDrawer } from './tag-editor-drawer.js';
import { useTeamworkT } from './use-teamwork-t.js';

/** Tags (admins): the workspace's tags; create, rename, recolour, delete (asked first). */
export function TagsPage() {
  const tt = useTeamworkT();
  const rest = useRestClient();
  const toast = useToast();
  const catalog = useTagCatalog();
  const tags = useStore(catalog.tags);
  const [load, setLoad] = useState<'loading' | 'ready' | ErrorBody>('loading');
  const [editing, setEditing] = useState<Tag | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ErrorBody | null>(null);
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const reload = () => void catalog.refresh().then((r) => setLoad(r.ok ? 'ready' : r.error));
  useEffect(reload, [catalog]);

  const open = (tag: Tag | 'new') => (setRefusal(null), setEditing(tag));
  const save = async (input: TagInput) => {
    if (busy || !editing) return;
    setBusy(true);
    const result = editing === 'new' ? await catalog.create(input) : await rest<{ tag: Tag }>('PATCH', `/tags/${editing.id}`, input);
    setBusy(false);
    if (!result.ok) return setRefusal(result.error);
    setEditing(null);
    toast(tt('tags.saved', { name: result.data.tag.name }));
    reload();
  };
  const remove = async () => {
    if (!deleting) return;
    const tag = deleting;
    setDeleting(null);
    const result = await rest('DELETE', `/tags/${tag.id}`);
    toast(result.ok ? tt('tags.deleted', { name: tag.name }) : tt('tags.failed', { reason: result.error.message }), result.ok ? 'success' : 'danger');
    reload();
  };
  const newButton = (
    <Button variant="primary" onClick={() => open('new')}>
      {tt('tags.new')}
    </Button>
  );
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Page title={tt('tags.title')} intro={tt('tags.intro')} action={newButton}>
      {load === 'loading' && <Loading />}
      {typeof load === 'object' && <LoadError error={load} onRetry={reload} />}
      {load === 'ready' && (
        <Table
          caption={tt('tags.caption')}
          columns={[{ label: tt('tags.col.tag') }, { label: tt('tags.col.colour') }, { label: tt('tags.col.actions'), actions: true }]}
          empty={
            <EmptyState title={tt('tags.emptyTitle')} action={newButton}>
              {tt('tags.emptyText')}
            </EmptyState>
          }
        >
          {sorted.map((tag) => (
            <tr key={tag.id}>
              <Cell label={tt('tags.col.tag')}>
                <TagChip tag={tag} />
              </Cell>
              <Cell label={tt('tags.col.colour')}>
                <code>{tag.colour}</code>
              </Cell>
              <Cell label={tt('tags.col.actions')} actions>
                <Button size="small" class="ui-button-quiet" onClick={() => open(tag)} aria-label={tt('tags.editLabel', { name: tag.name })}>
                  {tt('tags.edit')}
                </Button>
                <Button size="small" variant="danger" class="ui-button-quiet" onClick={() => setDeleting(tag)} aria-label={tt('tags.deleteLabel', { name: tag.name })}>
                  {tt('tags.delete')}
                </Button>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <TagEditorDrawer editing={editing} busy={busy} refusal={refusal} onSave={(input) => void save(input)} onClose={() => setEditing(null)} />
      <ConfirmModal
        open={deleting !== null}
        title={tt('tags.confirmTitle', { name: deleting?.name ?? '' })}
        confirmLabel={tt('tags.confirmYes')}
        cancelLabel={tt('tags.cancel')}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      >
        <p>{tt('tags.confirmText')}</p>
      </ConfirmModal>
    </Page>
  );
}
