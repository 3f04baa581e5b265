import { nanoid } from 'nanoid';
import { hashPassword } from '../../auth/passwords.js';
import type { Store } from '../../store/port.js';

export const DEMO = {
  siteKey: 'demo',
  email: 'agent@demo.test',
  password: 'demo-password',
} as const;

/**
 * Seeds the demo workspace once: site `demo` (allowed origin: the server's own, whatever
 * port it runs on) and one agent. Does nothing when the demo site exists.
 */
export async function seedDemo(store: Store, now: () => number = Date.now): Promise<boolean> {
  if (await store.getSiteByKey(DEMO.siteKey)) return false;
  const at = now();
  const workspace = await store.createWorkspace({ id: nanoid(), name: 'Demo workspace', createdAt: at });
  await store.createSite({
    id: nanoid(),
    workspaceId: workspace.id,
    key: DEMO.siteKey,
    name: 'Demo shop',
    allowedOrigins: ['self'],
    locale: null,
    createdAt: at,
  });
  await store.createAgent({
    id: nanoid(),
    workspaceId: workspace.id,
    email: DEMO.email,
    name: 'Demo Agent',
    role: 'admin',
    capacity: 5,
    passwordHash: await hashPassword(DEMO.password),
    createdAt: at,
  });
  return true;
}
