import { agentCommand, type LiveVisitor, type LiveVisitorPage, type LiveVisitorPatch } from '@parley/shared';
import { COMMAND_TIMEOUT_MS } from '../realtime/command-timeout.js';
import type { ConsoleSocket } from '../realtime/console-socket.js';
import { createStore, type Store } from '../state/store.js';

export interface LiveListState {
  /** Rows held, by visitor id (the first pages plus every visitor a patch brought). */
  rows: ReadonlyMap<string, LiveVisitor>;
  /** Visitors on the site now, as the server counts them. */
  total: number;
  /** More pages to fetch (`null`: everything is held). */
  cursor: string | null;
  loading: boolean;
}

const pageSize = 200;

/**
 * One site's live visitor list on the console: subscribes (first page), applies the server's
 * patches as they come, fetches further pages on demand, and subscribes again after a
 * reconnect (subscriptions belong to a connection). Rows are never re-sent whole by the server.
 */
export class LiveVisitorList {
  readonly state: Store<LiveListState> = createStore<LiveListState>({ rows: new Map(), total: 0, cursor: null, loading: true });
  private stopped = false;

  constructor(
    private readonly socket: ConsoleSocket,
    readonly siteId: string,
  ) {}

  start(): void {
    this.socket.on('visitors:patch', this.onPatch);
    this.socket.on('connect', this.subscribe);
    if (this.socket.connected) void this.subscribe();
  }

  stop(): void {
    this.stopped = true;
    this.socket.off('visitors:patch', this.onPatch);
    this.socket.off('connect', this.subscribe);
    if (this.socket.connected) void agentCommand(this.socket, 'visitors:unsubscribe', { siteId: this.siteId }, COMMAND_TIMEOUT_MS);
  }

  /** Fetches the next page after the rows held. */
  async more(): Promise<void> {
    const cursor = this.state.get().cursor;
    if (!cursor) return;
    const ack = await agentCommand(this.socket, 'visitors:page', { siteId: this.siteId, cursor, limit: pageSize }, COMMAND_TIMEOUT_MS);
    if (ack.ok && !this.stopped) this.merge(ack.data, false);
  }

  private readonly subscribe = async (): Promise<void> => {
    const ack = await agentCommand(this.socket, 'visitors:subscribe', { siteId: this.siteId, limit: pageSize }, COMMAND_TIMEOUT_MS);
    if (ack.ok && !this.stopped) this.merge(ack.data, true);
  };

  private merge(page: LiveVisitorPage, fresh: boolean): void {
    this.state.set((s) => {
      const rows = new Map(fresh ? [] : s.rows);
      // A patch may have brought a newer copy of a row while the page was on its way.
      for (const row of page.visitors) if ((rows.get(row.visitorId)?.updatedAt ?? -1) <= row.updatedAt) rows.set(row.visitorId, row);
      return { rows, total: page.total, cursor: page.cursor, loading: false };
    });
  }

  private readonly onPatch = (patch: LiveVisitorPatch): void => {
    if (patch.siteId !== this.siteId) return;
    this.state.set((s) => {
      const rows = new Map(s.rows);
      for (const row of patch.upsert) rows.set(row.visitorId, row);
      for (const id of patch.remove) rows.delete(id);
      return { ...s, rows, total: patch.total };
    });
  };
}

/** Newest visits first, as the server pages them. */
export function sortedRows(rows: ReadonlyMap<string, LiveVisitor>): LiveVisitor[] {
  return [...rows.values()].sort((a, b) => b.visitStartedAt - a.visitStartedAt || (a.visitorId < b.visitorId ? -1 : 1));
}
