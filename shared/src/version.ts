/**
 * Version of the wire protocol spoken on every namespace. A client sends it in the
 * handshake; the server refuses a different one with `protocol_mismatch`, so an old
 * widget cached on a visitor's page fails loudly instead of half-working.
 */
export const PROTOCOL_VERSION = 1;
