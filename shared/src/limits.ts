/** Size limits shared by the schemas, the server and the clients' own checks. */
export const limits = {
  /** Characters (UTF-16 units), not bytes: a Chinese message gets as many characters as an English one. */
  messageText: 5000,
  clientId: 64,
  id: 64,
  email: 254,
  password: 200,
  name: 120,
  siteKey: 64,
  token: 4096,
  /** Most messages a catch-up returns in one page. */
  syncPage: 500,
  listPage: 200,
  /** Largest JSON body the REST API accepts. */
  restBodyBytes: 64 * 1024,
  /** Largest socket packet the server accepts. */
  socketPacketBytes: 64 * 1024,
} as const;
