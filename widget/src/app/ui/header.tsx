import { useT } from './i18n-context.js';

export function Header({ title, onClose }: { title: string; onClose(): void }) {
  const t = useT();
  return (
    <header class="header">
      <div>
        <h2 id="parley-title">{title}</h2>
        <p>{t('widget.header.subtitle')}</p>
      </div>
      <button type="button" class="close" aria-label={t('widget.launcher.close')} onClick={onClose}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
    </header>
  );
}
