/**
 * Every benchmark's size parameters. `npm run bench` uses `full`; `--quick` uses `quick`,
 * small enough for the smoke test in `npm test` to run the whole harness in well under a minute.
 */
export interface Sizes {
  /** Page loads per configuration (with/without the tag, 1x/4x CPU); the median is reported. */
  hostPageRuns: number;
  /** How long each page stays open after load, so the loader's later work is in the trace. */
  hostPageSettleMs: number;
  delivery: {
    /** Conversations carrying the load at once, each with its own visitor socket. */
    conversations: number;
    /** Agent sockets (distinct agents) sharing those conversations. */
    agents: number;
    /** Fixed rates; the highest sustainable rate found by the throughput search is added. */
    rates: number[];
    seconds: number;
    warmupSeconds: number;
  };
  throughput: {
    conversations: number;
    agents: number;
    startRate: number;
    /** Each step multiplies the rate by this until p99 passes the limit, then bisects. */
    growth: number;
    maxRate: number;
    bisectSteps: number;
    stepSeconds: number;
  };
  idle: {
    visitors: number;
    /** Generator processes holding the sockets (each process has its own open-files limit). */
    workers: number;
    /** Loopback source addresses 127.0.0.1 .. 127.0.0.N the sockets are spread over. */
    sourceAddresses: number;
  };
  /** `createRate`: new conversations per second while the queue fills. */
  assignment: { waiting: number; agents: number; createRate: number };
  storm: { visitors: number; missedPerVisitor: number };
  /**
   * Search quality and latency: articles in the latency index, passes over the questions, and
   * questions asked per language and kind of each labelled set (0: all of them).
   */
  search: { articles: number; rounds: number; questionsPerKind: number };
  /** Reports: conversations (ten events each) in the range, overviews asked. */
  reports: { conversations: number; rounds: number };
  /** Characters of message text: a short chat line. */
  textChars: number;
  /**
   * Conversation search: seeded conversations and messages in each, passes over the queries;
   * delivery with the index vs without: conversations, agents, two rates, seconds per step.
   */
  conversationSearch: {
    conversations: number;
    perConversation: number;
    rounds: number;
    deliveryConversations: number;
    deliveryAgents: number;
    rates: number[];
    seconds: number;
    warmupSeconds: number;
  };
}

export const fullSizes: Sizes = {
  hostPageRuns: 5,
  hostPageSettleMs: 1000,
  delivery: { conversations: 200, agents: 10, rates: [100, 1000], seconds: 10, warmupSeconds: 2 },
  throughput: { conversations: 200, agents: 10, startRate: 1000, growth: 2, maxRate: 64_000, bisectSteps: 3, stepSeconds: 5 },
  idle: { visitors: 20_000, workers: 4, sourceAddresses: 8 },
  assignment: { waiting: 300, agents: 30, createRate: 100 },
  storm: { visitors: 5_000, missedPerVisitor: 1 },
  search: { articles: 1_000, rounds: 10, questionsPerKind: 0 },
  reports: { conversations: 100_000, rounds: 10 },
  textChars: 80,
  conversationSearch: { conversations: 100_000, perConversation: 10, rounds: 10, deliveryConversations: 200, deliveryAgents: 10, rates: [1000, 3000], seconds: 10, warmupSeconds: 2 },
};

export const quickSizes: Sizes = {
  hostPageRuns: 1,
  hostPageSettleMs: 300,
  delivery: { conversations: 10, agents: 2, rates: [100, 1000], seconds: 0.6, warmupSeconds: 0.2 },
  throughput: { conversations: 10, agents: 2, startRate: 200, growth: 2, maxRate: 800, bisectSteps: 0, stepSeconds: 1 },
  idle: { visitors: 200, workers: 2, sourceAddresses: 2 },
  assignment: { waiting: 10, agents: 3, createRate: 50 },
  storm: { visitors: 30, missedPerVisitor: 1 },
  search: { articles: 100, rounds: 1, questionsPerKind: 1 },
  reports: { conversations: 1_000, rounds: 2 },
  textChars: 80,
  conversationSearch: { conversations: 300, perConversation: 10, rounds: 1, deliveryConversations: 10, deliveryAgents: 2, rates: [50, 100], seconds: 0.5, warmupSeconds: 0.1 },
};

/** Applies `--set=a.b=1,c.d=2` to sizes (numbers only; a list takes `;`-separated numbers). */
export function withOverrides(sizes: Sizes, spec: string | undefined): Sizes {
  for (const pair of spec?.split(',').filter(Boolean) ?? []) {
    const [key = '', value = ''] = pair.split('=');
    const parts = key.split('.');
    let node = sizes as unknown as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
    const leaf = parts.at(-1)!;
    if (!node || !(leaf in node)) throw new Error(`--set: no size ${key}`);
    node[leaf] = Array.isArray(node[leaf]) ? value.split(';').map(Number) : Number(value);
  }
  return sizes;
}
