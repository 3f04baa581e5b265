import { useCallback, useEffect, useState } from 'preact/hooks';

const PATH = /\/conversations\/([A-Za-z0-9_-]+)\/?$/;

/** The conversation named in the address, e.g. `/console/conversations/V1StGXR8_Z5jdHi6B-myT`. */
export function conversationIdFromPath(pathname: string): string | null {
  return PATH.exec(pathname)?.[1] ?? null;
}

/**
 * The open conversation, kept in the address so a reload reopens it, a link can be shared with
 * a colleague, and the browser's Back returns to the previous one.
 */
export function useSelectedConversation(): [string | null, (id: string | null) => void] {
  const [selected, setSelected] = useState(() => conversationIdFromPath(location.pathname));
  useEffect(() => {
    const onPop = () => setSelected(conversationIdFromPath(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const select = useCallback((id: string | null) => {
    const path = `${import.meta.env.BASE_URL}${id ? `conversations/${id}` : ''}`;
    if (location.pathname !== path) history.pushState(null, '', path);
    setSelected(id);
  }, []);
  return [selected, select];
}
