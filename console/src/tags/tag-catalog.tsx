import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import type { Tag, TagInput } from '@parley/shared';
import { useRestClient, type RestClient, type RestResult } from '../api/rest-client.js';
import { createStore, type Store } from '../state/store.js';
import { useStore } from '../state/use-store.js';

/**
 * The workspace's tags, read once per session and shared by the header's menu, the list's chips
 * and filter, and the Tags page, so a tag created in one shows in the others at once.
 */
export class TagCatalog {
  readonly tags: Store<readonly Tag[]> = createStore<readonly Tag[]>([]);

  constructor(private readonly rest: RestClient) {}

  async refresh(): Promise<RestResult<{ tags: Tag[] }>> {
    const result = await this.rest<{ tags: Tag[] }>('GET', '/tags');
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

/** The workspace's tags by id, live. */
export function useTagsById(): ReadonlyMap<string, Tag> {
  const tags = useStore(useTagCatalog().tags);
  return useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
}
