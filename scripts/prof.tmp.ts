import { SqliteStore } from '@parley/server';
const store = new SqliteStore('/tmp/rs-bench.db');
const base = { workspaceId: 'bench-ws', from: Date.UTC(2025, 11, 31, 23), to: Date.UTC(2026, 0, 30, 23) };
const zone = [{ from: base.from, offsetMs: 3600000 }];
const targets = [{ siteId: 'bench-site', firstResponseMs: 120000, resolutionMs: 86400000 }];
const time = async (name: string, f: () => Promise<unknown>) => { for (let i = 0; i < 3; i++) { const t = performance.now(); const c = process.cpuUsage(); const r = await f(); const u = process.cpuUsage(c); console.log(name, (performance.now() - t).toFixed(0), 'cpu', ((u.user + u.system) / 1000).toFixed(0), JSON.stringify(r).length); } };
await time('all', () => store.reports.reportGroups({ ...base, groupBy: 'all', zone, targets }));
await time('day', () => store.reports.dayCounts(base, zone));
await store.close();
