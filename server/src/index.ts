export { loadConfig, ConfigError, type Config } from './config.js';
export { createParleyServer, type ParleyServer, type ParleyOptions } from './parley-server.js';
export { DEMO, seedDemo } from './domain/directory/demo-seed.js';
export { SqliteStore } from './store/sqlite/sqlite-store.js';
export type { Store, AgentRecord } from './store/port.js';
export { hashPassword } from './auth/passwords.js';
