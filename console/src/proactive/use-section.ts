import { useCallback, useEffect, useState } from 'preact/hooks';

export type Section = 'inbox' | 'visitors' | 'supervision' | 'reports' | 'triggers' | 'bots' | 'articles' | 'settings' | 'sites' | 'team' | 'api-keys' | 'mail' | 'account' | 'contacts' | 'mentions' | 'tags' | 'canned-replies';

/** The console section named in the address: `/console/visitors`, `/console/triggers`, else the inbox. */
export function sectionFromPath(pathname: string): Section {
  const rest = pathname.slice(import.meta.env.BASE_URL.length);
  if (rest.startsWith('visitors')) return 'visitors';
  if (rest.startsWith('reports')) return 'reports';
  if (rest.startsWith('supervision')) return 'supervision';
  if (rest.startsWith('triggers')) return 'triggers';
  if (rest.startsWith('bots')) return 'bots';
  if (rest.startsWith('articles')) return 'articles';
  if (rest.startsWith('settings')) return 'settings';
  if (rest.startsWith('sites')) return 'sites';
  if (rest.startsWith('team')) return 'team';
  if (rest.startsWith('api-keys')) return 'api-keys';
  if (rest.startsWith('account')) return 'account';
  if (rest.startsWith('mail')) return 'mail';
  if (rest.startsWith('contacts')) return 'contacts';
  if (rest.startsWith('mentions')) return 'mentions';
  if (rest.startsWith('tags')) return 'tags';
  if (rest.startsWith('canned-replies')) return 'canned-replies';
  return 'inbox';
}

/** The current section, kept in the address (reload and Back work), and a way to move. */
export function useSection(): [Section, (section: Section, path?: string) => void] {
  const [section, setSection] = useState(() => sectionFromPath(location.pathname));
  useEffect(() => {
    const onPop = () => setSection(sectionFromPath(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: Section, path?: string) => {
    const target = `${import.meta.env.BASE_URL}${path ?? (next === 'inbox' ? '' : next)}`;
    if (location.pathname !== target) history.pushState(null, '', target);
    setSection(next);
    // The inbox follows the address for its selected conversation.
    dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [section, go];
}
