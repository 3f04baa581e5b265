import { useT } from './i18n-context.js';

export interface Face {
  /** An image (the site's avatar); else the name's first letter is drawn. */
  src?: string | null | undefined;
  name: string;
}

export interface HeaderProps {
  title: string;
  /** The one status line (reply time or away); none while the queue line gives the estimate. */
  status: string | null;
  faces: readonly Face[];
  onClose(): void;
}

/** Team name, the team's faces, one status line, and the close button. */
export function Header({ title, status, faces, onClose }: HeaderProps) {
  const t = useT();
  return (
    <div class="header">
      <span class="faces" aria-hidden="true">
        {faces.map((face) => (
          <Avatar key={face.name} {...face} />
        ))}
      </span>
      <div class="title">
        <h2 id="parley-title">{title}</h2>
        {status && <p>{status}</p>}
      </div>
      <button type="button" class="close" aria-label={t('widget.launcher.close')} onClick={onClose}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
    </div>
  );
}

/** A round face: the picture, else the first letter of the name. Decorative: names are said in text. */
export function Avatar({ src, name }: Face) {
  return src ? <img class="face" src={src} alt="" width={32} height={32} /> : <span class="face">{[...name][0]?.toUpperCase()}</span>;
}
