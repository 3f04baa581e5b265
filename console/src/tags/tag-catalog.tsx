import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import type { Tag, TagInput } from '@parley/shared';
import { useRestClient, type RestClient, type RestResult } from '../api/rest-client.js';
import { createStore, type Store } from '../state/store.js';
import { useStore } from '../state/use-store.js';

/** How soon an unknown tag id may cause another read of the tags. */
const UNKNOWN_RETRY_MS = 3000;

/**
 * The workspace's tags, read once per session and shared by the header's menu, the list's chips
 * and filter, and the Tags page, so a tag created in one shows in the others at once.
 */
export class TagCatalog {
  readonly tags: Store<readonly Tag[]> = createStore<readonly Tag[]>([]);

  private lastRefresh = 0;
  private loading: Promise<unknown> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly rest: RestClient) {}

  /**
   * Reads the tags again when a conversation carries one this catalog has not seen (a colleague
   * just created it): once the read in flight has answered, and at most every few seconds, so an
   * id that stays unknown (a tag deleted meanwhile) costs little.
   */
  know(ids: readonly string[] | undefined): void {
    if (!ids?.length) return;
    if (this.loading) return void this.loading.then(() => this.know(ids));
    const known = new Set(this.tags.get().map((t) => t.id));
    if (!ids.some((id) => !known.has(id)) || this.retry) return;
    const wait = this.lastRefresh + UNKNOWN_RETRY_MS - Date.now();
    if (wait <= 0) return void this.refresh();
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.refresh();
    }, wait);
  }

  async refresh(): Promise<RestResult<{ tags: Tag[] }>> {
    this.lastRefresh = Date.now();
    const reading = this.rest<{ tags: Tag[] }>('GET', '/tags');
    this.loading = reading;
    const result = await reading;
    if (this.loading === reading) this.loading = null;
    if (result.ok) this.tags.set(result.data.tags);
    return result;
  }

  async create(input: TagInput): Promise<RestResult<{ tag: Tag }>> {
    const result = await this.rest<{ tag: Tag }>('POST', '/tags', input);
    if (result.ok) this.tags.set((list) => [...list, result.data.tag]);
    return result;
  }
}

const TagCatalogContext = createContext<TagCatalog | null>(null);

/** Holds one catalog for the signed-in session (the workspace mounts it inside its REST client). */
export function TagCatalogProvider({ children }: { children: ComponentChildren }) {
  const rest = useRestClient();
  const catalog = useMemo(() => new TagCatalog(rest), [rest]);
  useEffect(() => void catalog.refresh(), [catalog]);
  return <TagCatalogContext.Provider value={catalog}>{children}</TagCatalogContext.Provider>;
}

const none = new TagCatalog(async () => ({ ok: false, error: { code: 'unavailable', message: 'no tag catalog' } }));

/** The session's catalog (outside a provider, an empty one that never loads). */
export function useTagCatalog(): TagCatalog {
  return useContext(TagCatalogContext) ?? none;
}

/** The workspace's tags by id, live; `seen` are ids on screen (read again if one is new). */
export function useTagsById(seen?: readonly string[]): ReadonlyMap<string, Tag> {
  const catalog = useTagCatalog();
  const tags = useStore(catalog.tags);
  const key = seen?.join() ?? '';
  useEffect(() => catalog.know(seen), [catalog, key]);
  return useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
}
