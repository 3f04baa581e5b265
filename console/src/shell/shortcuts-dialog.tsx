import type { CannedKey, ShellKey } from '@parley/shared';
import { useCannedT } from '../canned/use-canned-t.js';
import { Button } from '../ui/button.js';
import { Modal } from '../ui/modal.js';
import { useUiT } from '../ui/use-ui-t.js';
import { useShellT } from './use-shell-t.js';

/** The inbox's keys, in the order an agent meets them. */
export const shortcutList: readonly { keys: readonly string[]; what: ShellKey }[] = [
  { keys: ['j'], what: 'shell.shortcuts.next' },
  { keys: ['k'], what: 'shell.shortcuts.previous' },
  { keys: ['Enter'], what: 'shell.shortcuts.open' },
  { keys: ['r'], what: 'shell.shortcuts.reply' },
  { keys: ['e'], what: 'shell.shortcuts.close' },
  { keys: ['?'], what: 'shell.shortcuts.help' },
  { keys: ['Ctrl', 'K'], what: 'shell.shortcuts.search' },
];

/** The reply box's keys (its pickers), after the inbox's. */
export const composerShortcutList: readonly { keys: readonly string[]; what: CannedKey }[] = [
  { keys: ['/'], what: 'canned.shortcuts.replies' },
  { keys: ['#'], what: 'canned.shortcuts.tags' },
];

/** `?`: the list of keyboard shortcuts, in a modal dialog. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const st = useShellT();
  const ut = useUiT();
  const ct = useCannedT();
  return (
    <Modal
      open={open}
      title={st('shell.shortcuts.title')}
      onClose={onClose}
      actions={
        <Button variant="primary" onClick={onClose} data-autofocus>
          {ut('ui.close')}
        </Button>
      }
    >
      <dl class="shortcut-list">
        {shortcutList.map(({ keys, what }) => (
          <div key={what} class="shortcut-row">
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{st(what)}</dd>
          </div>
        ))}
        {composerShortcutList.map(({ keys, what }) => (
          <div key={what} class="shortcut-row">
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{ct(what)}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
