import type { CDPSession } from 'playwright-core';

export interface Response {
  url: string;
  status: number;
  /** Bytes on the wire as Chromium counts them (headers included, after any compression). */
  transferred: number;
  /** Decoded body bytes. */
  body: number;
  encoding: string | null;
  requestId: string;
  done: boolean;
}

/** Records every HTTP response of a page through the DevTools protocol, plus WebSocket frames. */
export async function networkLog(cdp: CDPSession) {
  const responses = new Map<string, Response>();
  let wsReceived = 0;
  let wsSent = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    responses.set(e.requestId, { url: e.request.url, status: 0, transferred: 0, body: 0, encoding: null, requestId: e.requestId, done: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = responses.get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    r.encoding = headers['content-encoding'] ?? null;
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = responses.get(e.requestId);
    if (r) r.body += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    if (!r) return;
    r.transferred = e.encodedDataLength;
    r.done = true;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = responses.get(e.requestId);
    if (r) r.done = true;
  });
  cdp.on('Network.webSocketFrameReceived', (e) => (wsReceived += Buffer.byteLength(e.response.payloadData)));
  cdp.on('Network.webSocketFrameSent', (e) => (wsSent += Buffer.byteLength(e.response.payloadData)));
  // The body must stay available to read after the fact: keep Chromium's buffers large.
  await cdp.send('Network.enable', { maxTotalBufferSize: 64 * 2 ** 20, maxResourceBufferSize: 16 * 2 ** 20 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    all: () => [...responses.values()],
    pending: () => [...responses.values()].filter((r) => !r.done).length,
    ws: () => ({ received: wsReceived, sent: wsSent }),
    async bodyOf(r: Response): Promise<Buffer> {
      const { body, base64Encoded } = (await cdp.send('Network.getResponseBody', { requestId: r.requestId })) as { body: string; base64Encoded: boolean };
      return Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
    },
  };
}
