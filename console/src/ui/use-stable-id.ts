import { useState } from 'preact/hooks';

let next = 0;

/**
 * An id unique in the document for the component's life, for `for`, `aria-labelledby` and
 * `aria-describedby`. Preact's `useId` counts from the nearest root it finds by walking up the
 * tree, and a dialog or row mounted after the first render (a merge dialog over a contact drawer)
 * was given ids already in use ("P0-2" twice), so its label named another page's input. The
 * console renders only in the browser, so a plain counter is enough.
 */
export function useStableId(): string {
  const [id] = useState(() => `ui-${(++next).toString(36)}`);
  return id;
}
