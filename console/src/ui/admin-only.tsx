import type { ComponentChildren } from 'preact';
import { useUiT } from './use-ui-t.js';

/** An admins-only page: anyone else who opens its address is told so (the server refuses them too). */
export function AdminOnly({ admin, children }: { admin: boolean; children: () => ComponentChildren }) {
  const ut = useUiT();
  if (admin) return <>{children()}</>;
  return (
    <div class="ui-page">
      <div class="ui-notice" role="status">
        <p>{ut('ui.forbidden')}</p>
      </div>
    </div>
  );
}
