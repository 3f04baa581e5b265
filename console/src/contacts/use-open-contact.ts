import { useCallback, useEffect, useState } from 'preact/hooks';

const PATH = /\/contacts\/([A-Za-z0-9_-]+)\/?$/;

/** The contact named in the address, e.g. `/console/contacts/c_V1StGXR8`. */
export function contactIdFromPath(pathname: string): string | null {
  return PATH.exec(pathname)?.[1] ?? null;
}

/** The address that opens a contact's drawer (the inbox's contact panel links here). */
export function contactPath(id: string): string {
  return `contacts/${id}`;
}

/**
 * The contact whose drawer is open, kept in the address: a reload reopens it, the inbox's
 * contact panel can link to it, and Back closes it.
 */
export function useOpenContact(): [string | null, (id: string | null) => void] {
  const [open, setOpen] = useState(() => contactIdFromPath(location.pathname));
  useEffect(() => {
    const onPop = () => setOpen(contactIdFromPath(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const select = useCallback((id: string | null) => {
    const path = `${import.meta.env.BASE_URL}${id ? contactPath(id) : 'contacts'}`;
    if (location.pathname !== path) history.pushState(null, '', path);
    setOpen(id);
  }, []);
  return [open, select];
}
