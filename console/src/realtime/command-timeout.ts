/** How long the console waits for a command's ack before treating the server as unavailable. */
export const COMMAND_TIMEOUT_MS = 10_000;
