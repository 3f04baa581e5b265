/**
 * Long-polling, an on-demand chunk (`chunks/lazy-polling-fallback-*`): fetched only after the
 * WebSocket could not connect (a proxy or firewall that blocks it), so a visitor whose WebSocket
 * works never downloads it. visitor-socket.ts hands it to the socket as its second transport.
 */
export { XHR as Polling } from 'socket.io-client';
