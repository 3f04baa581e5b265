import { useShellT } from './use-shell-t.js';

/** The first thing Tab reaches: past the rail, straight to the page's content (`#content`). */
export function SkipLink() {
  const st = useShellT();
  return (
    <a
      class="skip-link"
      href="#content"
      onClick={(e) => {
        e.preventDefault();
        const target = document.getElementById('content');
        // The page's own first field or heading is more useful than the container.
        target?.focus();
        target?.scrollIntoView?.({ block: 'start' });
      }}
    >
      {st('shell.skip')}
    </a>
  );
}
