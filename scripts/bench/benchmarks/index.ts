import type { Benchmark } from '../core/benchmark.js';
import { assignment } from './assignment.js';
import { consoleLoad } from './console-load.js';
import { conversationSearch } from './conversation-search.js';
import { delivery } from './delivery.js';
import { hostPageCost } from './host-page.js';
import { idleVisitors } from './idle-visitors.js';
import { reconnectStorm } from './reconnect-storm.js';
import { reportsOverview } from './reports.js';
import { searchQuality } from './search-quality.js';
import { throughput } from './throughput.js';
import { weight } from './weight.js';

/** In the order: this is the order of the table and of bench-results.json. */
export const benchmarks: Benchmark[] = [weight, hostPageCost, delivery, throughput, idleVisitors, assignment, reconnectStorm, searchQuality, consoleLoad, reportsOverview, conversationSearch];

/** Throughput runs before delivery latency: the latter also runs at the highest sustainable rate. */
export const runOrder: Benchmark[] = [weight, hostPageCost, throughput, delivery, idleVisitors, assignment, reconnectStorm, searchQuality, consoleLoad, reportsOverview, conversationSearch];
