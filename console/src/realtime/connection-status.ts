/** How the console's socket stands, as an agent should see it. */
export const ConnectionStatus = {
  /** First connection under way: nothing to warn about yet. */
  connecting: 'connecting',
  online: 'online',
  /** Was online (or failed to come online) and is trying again: the banner shows. */
  reconnecting: 'reconnecting',
} as const;
export type ConnectionStatus = (typeof ConnectionStatus)[keyof typeof ConnectionStatus];
